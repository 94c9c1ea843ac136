def max_subarray(nums: list[int]) -> int:
    # Kadane: the best sum ending at each position, one pass.
    best = current = nums[0]
    for i in range(1, len(nums)):
        value = nums[i]
        current = max(value, current + value)
        best = max(best, current)
    return best
