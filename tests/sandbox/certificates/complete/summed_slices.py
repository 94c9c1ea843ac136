def f(nums):
    # sum() of a slice: weighed by the slice's length, its items small.
    best = 0
    for i in range(len(nums)):
        total = sum(nums[i : i + 3])
        best = max(best, total)
    return best
