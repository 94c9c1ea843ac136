def three_sum(nums: list[int]) -> list[list[int]]:
    """Every distinct triplet summing to 0, each ascending, the list sorted."""
    raise NotImplementedError("write your solution here")
