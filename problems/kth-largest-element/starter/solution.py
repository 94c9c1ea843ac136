def find_kth_largest(nums: list[int], k: int) -> int:
    """The k-th largest value of nums (1-based, equal values each count)."""
    return 0
