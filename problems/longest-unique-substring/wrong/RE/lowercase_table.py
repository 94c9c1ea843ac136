# fails: test_unicode_and_spaces, test_case_sensitive, test_matches_reference
# Assumes only 'a'..'z': a 26-slot table indexed by ord(ch) - ord('a') is out
# of range for spaces, digits, capitals and anything non-ASCII.
def longest_unique_substring(s: str) -> int:
    last = [-1] * 26
    start = best = 0
    for i, ch in enumerate(s):
        k = ord(ch) - ord("a")
        if last[k] >= start:
            start = last[k] + 1
        last[k] = i
        best = max(best, i - start + 1)
    return best
