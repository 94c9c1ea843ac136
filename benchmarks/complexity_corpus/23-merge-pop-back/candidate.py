def merge(a: list[int], b: list[int]) -> list[int]:
    # Reverse once, then pop() from the end: O(1) each, O(n) in total.
    a_rev, b_rev = a[::-1], b[::-1]
    out: list[int] = []
    while a_rev and b_rev:
        if a_rev[-1] <= b_rev[-1]:
            out.append(a_rev.pop())
        else:
            out.append(b_rev.pop())
    out.extend(reversed(a_rev))
    out.extend(reversed(b_rev))
    return out
