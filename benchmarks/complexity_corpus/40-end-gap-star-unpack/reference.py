def end_gap(nums: list[int]) -> int:
    # Two index operations: O(1).
    return abs(nums[-1] - nums[0])
