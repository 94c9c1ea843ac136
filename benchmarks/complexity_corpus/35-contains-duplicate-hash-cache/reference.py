def has_duplicate(nums: list[int]) -> bool:
    # The input is sorted: duplicates are neighbours.  One sequential pass.
    for i in range(1, len(nums)):  # noqa: SIM110 (an explicit loop, as written)
        if nums[i - 1] == nums[i]:
            return True
    return False
