def rotate(s: str, k: int) -> str:
    # `out += ch`: CPython resizes `out` in place when nothing else refers
    # to it, so this is amortised O(n), not O(n^2).
    out = ""
    for ch in s:
        out += chr((ord(ch) - 97 + k) % 26 + 97)
    return out
