def is_sorted(nums: list[int]) -> bool:
    # Neighbours in order: O(n).
    for i in range(1, len(nums)):  # noqa: SIM110 (an explicit loop, as written)
        if nums[i - 1] > nums[i]:
            return False
    return True
