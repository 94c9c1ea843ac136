def has_duplicate(nums: list[int]) -> bool:
    # A seen-set: O(1) average per element, O(n).
    seen: set[int] = set()
    for x in nums:
        if x in seen:
            return True
        seen.add(x)
    return False
