def merge(a: list[int], b: list[int]) -> list[int]:
    # pop(0) shifts the rest of the list: O(n^2) in total.
    a, b = list(a), list(b)
    out: list[int] = []
    while a and b:
        if a[0] <= b[0]:
            out.append(a.pop(0))
        else:
            out.append(b.pop(0))
    out.extend(a)
    out.extend(b)
    return out
