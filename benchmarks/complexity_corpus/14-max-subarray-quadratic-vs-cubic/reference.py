def max_subarray(nums: list[int]) -> int:
    # Every subarray, summed from scratch: about n^3 / 6 additions.
    n = len(nums)
    best = nums[0]
    for i in range(n):
        for j in range(i, n):
            total = 0
            for k in range(i, j + 1):
                total += nums[k]
            if total > best:
                best = total
    return best
