def search_rotated(nums: list[int], target: int) -> int:
    """The index of target in the rotated sorted list nums, or -1."""
    raise NotImplementedError("write your solution here")
