# fails: test_stale_repeat, test_matches_reference
# Jumps the window start past ANY earlier occurrence, even one already left
# of the window, so the start can move back ("abba" gives 3).
def longest_unique_substring(s: str) -> int:
    last: dict[str, int] = {}
    start = best = 0
    for i, ch in enumerate(s):
        if ch in last:
            start = last[ch] + 1  # should be max(start, last[ch] + 1)
        last[ch] = i
        best = max(best, i - start + 1)
    return best
