def f(nums):
    # Subscripts and comparisons of small ints, read from the frame.
    i, j = 0, len(nums) - 1
    while i < j:
        pair_sum = nums[i] + nums[j]
        if pair_sum == -1:
            return True
        if pair_sum < -1:
            i += 1
        else:
            j -= 1
    return False
