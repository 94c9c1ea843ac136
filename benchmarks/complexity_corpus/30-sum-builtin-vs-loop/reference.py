def total(nums: list[int]) -> int:
    # A Python loop: O(n), about 5x slower than sum().
    result = 0
    for x in nums:
        result += x
    return result
