def dedupe(nums: list[int]) -> list[int]:
    # A seen-set beside the output: O(1) average per element.
    seen: set[int] = set()
    out: list[int] = []
    for x in nums:
        if x not in seen:
            seen.add(x)
            out.append(x)
    return out
