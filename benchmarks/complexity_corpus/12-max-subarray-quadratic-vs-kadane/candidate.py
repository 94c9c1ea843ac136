def max_subarray(nums: list[int]) -> int:
    # Every start, extended one element at a time: n(n+1)/2 additions.
    n = len(nums)
    best = nums[0]
    for i in range(n):
        total = 0
        for j in range(i, n):
            total += nums[j]
            if total > best:
                best = total
    return best
