# fails: test_large_input
# Grows a window from every start until a repeat: O(n * answer), which is
# O(n^2) when the answer is long (20,000 distinct characters in a row).
def longest_unique_substring(s: str) -> int:
    best = 0
    for i in range(len(s)):
        seen = set()
        for ch in s[i:]:
            if ch in seen:
                break
            seen.add(ch)
        best = max(best, len(seen))
    return best
