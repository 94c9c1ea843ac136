def reverse_string(s: str) -> str:
    # `ch + out` builds a new string each time (the in-place append only
    # applies to `out += ch`): O(n^2) bytes copied.
    out = ""
    for ch in s:
        out = ch + out
    return out
