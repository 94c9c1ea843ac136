# Correct, but O(n) per add_num: insort shifts up to n items to keep the list sorted.
# Not in wrong/TLE: every call here stays far below the 1 s per-call CPU limit at
# any size the hidden tests can reach through the sandbox (~10**4 calls), so only
# the complexity ladder (O(n) against O(log n) per operation) can tell it apart.
import bisect


class MedianFinder:
    def __init__(self) -> None:
        self.nums: list[int] = []

    def add_num(self, num: int) -> None:
        bisect.insort(self.nums, num)

    def find_median(self) -> float:
        n = len(self.nums)
        return (self.nums[(n - 1) // 2] + self.nums[n // 2]) / 2
