def longest_unique_substring(s: str) -> int:
    # Sliding window s[start..i] with no repeats; `last` is where each
    # character was seen last.
    last: dict[str, int] = {}
    start = best = 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:  # a repeat inside the window: move past it
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
