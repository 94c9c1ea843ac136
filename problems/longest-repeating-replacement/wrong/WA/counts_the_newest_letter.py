# fails: test_best_letter_is_not_the_longest_run, test_large_input, test_matches_reference
# Prices the window as length minus the count of the letter just added, not of its commonest letter: it shrinks too early.
from collections import Counter


def character_replacement(s: str, k: int) -> int:
    counts: Counter[str] = Counter()
    best = left = 0
    for right, char in enumerate(s):
        counts[char] += 1
        while right + 1 - left - counts[char] > k:
            counts[s[left]] -= 1
            left += 1
        best = max(best, right + 1 - left)
    return best
