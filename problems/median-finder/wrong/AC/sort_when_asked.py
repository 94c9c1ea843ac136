# complexity: worse
# Correct, but O(n) per find_median: appends each number and sorts the whole
# list whenever the median is asked for.  No per-call limit catches it; the ladder does.
class MedianFinder:
    def __init__(self) -> None:
        self.nums: list[int] = []

    def add_num(self, num: int) -> None:
        self.nums.append(num)

    def find_median(self) -> float:
        self.nums.sort()
        n = len(self.nums)
        return (self.nums[(n - 1) // 2] + self.nums[n // 2]) / 2
