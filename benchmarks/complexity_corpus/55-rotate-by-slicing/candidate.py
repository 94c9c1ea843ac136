def drain(nums: list[int]) -> int:
    total = 0
    while nums:
        total += nums[0]
        nums = nums[1:]
    return total
