def single_number(nums: list[int]) -> int:
    """The one value of nums that appears once; every other value appears twice."""
    return 0
