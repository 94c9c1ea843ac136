# fails: test_large_input
# Correct but O(n^2): grows a window from every start until it holds t; when the only window ends at the last character, n^2 / 2 steps.
from collections import Counter


def min_window(s: str, t: str) -> str:
    if not t:
        return ""
    best = ""
    for start in range(len(s)):
        need = Counter(t)
        missing = len(t)
        for end in range(start, len(s)):
            if need[s[end]] > 0:
                missing -= 1
            need[s[end]] -= 1
            if not missing:
                if not best or end + 1 - start < len(best):
                    best = s[start : end + 1]
                break
    return best
