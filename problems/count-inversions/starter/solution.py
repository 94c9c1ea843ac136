def count_inversions(nums: list[int]) -> int:
    """The number of pairs i < j with nums[i] > nums[j]."""
    raise NotImplementedError("write your solution here")
