def max_square(nums: list[int]) -> int:
    return max((x * x for x in nums), default=0)
