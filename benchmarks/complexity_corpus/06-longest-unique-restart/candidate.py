def longest_unique_substring(s: str) -> int:
    # Grow a window from every start until a repeat: O(n * answer), and the
    # answer is n here (all characters distinct), so O(n^2).
    best = 0
    for i in range(len(s)):
        seen = set()
        for ch in s[i:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best
