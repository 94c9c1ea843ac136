def drain(nums: list[int]) -> int:
    total = 0
    i = 0
    while i < len(nums):
        total += nums[i]
        i += 1
    return total
