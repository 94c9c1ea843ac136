def can_jump(nums: list[int]) -> bool:
    # Every index up to `reach` can be reached: walk forward while that holds,
    # stretching `reach` as far as the jumps from those indices allow.
    reach = 0
    for i, jump in enumerate(nums):
        if i > reach:
            return False  # a gap no earlier jump crosses
        reach = max(reach, i + jump)
    return True
