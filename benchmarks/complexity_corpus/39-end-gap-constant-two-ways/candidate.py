def end_gap(nums: list[int]) -> int:
    # More steps, still O(1): no dependence on len(nums).
    first = nums[0]
    last = nums[len(nums) - 1]
    high = max(first, last)
    low = min(first, last)
    return high - low
