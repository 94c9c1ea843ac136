def common(a: list[int], b: list[int]) -> list[int]:
    # The same with b as a set: O(n).
    b_set = set(b)
    return [x for x in a if x in b_set]
