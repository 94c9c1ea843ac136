def sum_of_squares(nums: list[int]) -> int:
    # About five times the work per element, still O(n).
    result = 0
    for x in nums:
        magnitude = abs(x)
        square = magnitude * magnitude
        half, odd = divmod(square, 2)
        square = 2 * half + odd
        result = result + square if square >= 0 else result - square
    return result
