def f(nums):
    # Slices of local variables by local or constant bounds, on straight lines: the count weighs each.
    mid = len(nums) // 2
    left = nums[:mid]
    right = nums[mid:]
    every_other = nums[::2]
    s = left
    while s:
        s = s[1:-1]
    return len(left) + len(right) + len(every_other)
