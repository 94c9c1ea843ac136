def has_subset_sum(nums: list[int], k: int) -> bool:
    """True if some non-empty subset of nums sums to k."""
    raise NotImplementedError("write your solution here")
