def max_square(nums: list[int]) -> int:
    best = 0
    for x in nums:
        if x * x > best:
            best = x * x
    return best
