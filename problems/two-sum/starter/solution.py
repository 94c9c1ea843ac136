def two_sum(nums: list[int], target: int) -> list[int]:
    """Indices [i, j], i < j, with nums[i] + nums[j] == target, or []."""
    raise NotImplementedError("write your solution here")
