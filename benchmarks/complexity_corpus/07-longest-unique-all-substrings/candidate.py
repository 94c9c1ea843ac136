def longest_unique_substring(s: str) -> int:
    # Every substring, each checked with set(): sum of (j - i) over i < j,
    # about n^3 / 6 character operations (in C, so few Python lines).
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best
