def common(a: list[int], b: list[int]) -> list[int]:
    # `x in b` on a list, for every x of a: O(n^2) in C.
    return [x for x in a if x in b]
