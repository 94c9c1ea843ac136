def longest_unique_substring(s: str) -> int:
    # Sliding window s[start..i] with no repeats (the bank's reference): O(n).
    last: dict[str, int] = {}
    start = best = 0
    for i, ch in enumerate(s):
        if last.get(ch, -1) >= start:
            start = last[ch] + 1
        last[ch] = i
        best = max(best, i - start + 1)
    return best
