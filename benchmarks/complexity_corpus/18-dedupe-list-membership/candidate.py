def dedupe(nums: list[int]) -> list[int]:
    # `x not in out` scans a list: O(len(out)) in C for each element, O(n^2).
    out: list[int] = []
    for x in nums:
        if x not in out:
            out.append(x)
    return out
