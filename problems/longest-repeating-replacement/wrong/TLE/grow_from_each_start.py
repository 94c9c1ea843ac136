# fails: test_large_input
# Correct but O(n^2): grows a window from every start until it needs more than k replacements.
def character_replacement(s: str, k: int) -> int:
    best = 0
    for start in range(len(s)):
        counts: dict[str, int] = {}
        top = 0
        for end in range(start, len(s)):
            counts[s[end]] = counts.get(s[end], 0) + 1
            top = max(top, counts[s[end]])
            if end + 1 - start - top > k:
                break
            best = max(best, end + 1 - start)
    return best
