from bisect import bisect_left


def contains(nums: list[int], target: int) -> bool:
    # bisect: O(log n), no copies.
    i = bisect_left(nums, target)
    return i < len(nums) and nums[i] == target
