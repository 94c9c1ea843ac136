def length_of_lis(nums: list[int]) -> int:
    """The length of the longest strictly increasing subsequence of nums."""
    return 0
