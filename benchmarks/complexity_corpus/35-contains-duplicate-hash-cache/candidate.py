def has_duplicate(nums: list[int]) -> bool:
    # A set of all n values, built in C: O(n) average, but its table is n
    # random slots, so large n means a cache miss per element.
    return len(set(nums)) != len(nums)
