from bisect import bisect_left


def index_of(nums: list[int], target: int) -> int:
    # Binary search in C: O(log n).
    return bisect_left(nums, target)
