def has_pair_with_sum(nums: list[int], target: int) -> bool:
    # A seen-set of random 60-bit ints: O(n) average, cache-unfriendly at large n.
    seen: set[int] = set()
    for x in nums:
        if target - x in seen:
            return True
        seen.add(x)
    return False
