def max_subarray(nums: list[int]) -> int:
    # Every subarray summed with sum() over a slice: still about n^3 / 6
    # element operations, but inside C, on n^2 / 2 Python lines.
    n = len(nums)
    best = nums[0]
    for i in range(n):
        for j in range(i + 1, n + 1):
            total = sum(nums[i:j])
            if total > best:
                best = total
    return best
