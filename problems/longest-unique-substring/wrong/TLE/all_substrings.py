# fails: test_large_input
# Correct but O(n^3): checks every substring, far too slow for 10**5 characters.
def longest_unique_substring(s: str) -> int:
    best = 0
    for i in range(len(s)):
        for j in range(i + 1, len(s) + 1):
            if len(set(s[i:j])) == j - i:
                best = max(best, j - i)
    return best
