from collections import Counter


def character_replacement(s: str, k: int) -> int:
    # A window can be made one letter with (length - count of its commonest
    # letter) replacements.  The window never shrinks: it only slides once it
    # is too costly, so its length is the best length found so far, and it
    # grows again only when some letter's count beats the best count seen
    # (a stale, too-high `best_count` merely delays growth, never allows a
    # window that needs more than k replacements to be counted).
    counts: Counter[str] = Counter()
    best_count = 0
    left = 0
    for right, char in enumerate(s):
        counts[char] += 1
        best_count = max(best_count, counts[char])
        if right + 1 - left - best_count > k:
            counts[s[left]] -= 1
            left += 1
    return len(s) - left
