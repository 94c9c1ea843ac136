def has_subset_sum(nums: list[int], k: int) -> bool:
    # Every non-empty subset in Gray-code order: one element joins or leaves
    # per step, so 2^n - 1 steps of O(1) work and O(1) extra memory.
    total = 0
    chosen = 0
    for step in range(1, 1 << len(nums)):
        bit = (step & -step).bit_length() - 1
        chosen ^= 1 << bit
        if chosen >> bit & 1:
            total += nums[bit]
        else:
            total -= nums[bit]
        if total == k:
            return True
    return False
