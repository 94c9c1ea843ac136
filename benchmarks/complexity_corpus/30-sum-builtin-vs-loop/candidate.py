def total(nums: list[int]) -> int:
    # sum() in C: O(n), one Python line.
    return sum(nums)
