def f(nums):
    # A merge's tail: a list extended in place by a slice, weighed by the slice's length.
    mid = len(nums) // 2
    merged = []
    i = 0
    merged += nums[i:mid]
    merged += nums[mid:]
    return merged
