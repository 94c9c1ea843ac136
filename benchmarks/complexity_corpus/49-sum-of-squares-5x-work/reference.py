def sum_of_squares(nums: list[int]) -> int:
    # One multiply-add per element.
    result = 0
    for x in nums:
        result += x * x
    return result
