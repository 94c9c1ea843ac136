def has_pair_with_sum(nums: list[int], target: int) -> bool:
    # Two pointers over the sorted input: n - 1 steps, sequential access.
    i, j = 0, len(nums) - 1
    while i < j:
        pair_sum = nums[i] + nums[j]
        if pair_sum == target:
            return True
        if pair_sum < target:
            i += 1
        else:
            j -= 1
    return False
