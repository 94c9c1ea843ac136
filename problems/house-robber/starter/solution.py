def rob(nums: list[int]) -> int:
    """The most money from houses of which no two are neighbours."""
    return 0
