# fails: test_examples, test_ties_take_the_leftmost, test_matches_reference
# Records a window when it is as short as the best so far (<=, not <): of equally short windows it returns the rightmost.
from collections import Counter


def min_window(s: str, t: str) -> str:
    if not t:
        return ""
    need = Counter(t)
    missing = len(t)
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, char in enumerate(s):
        if need[char] > 0:
            missing -= 1
        need[char] -= 1
        if missing:
            continue
        while need[s[left]] < 0:
            need[s[left]] += 1
            left += 1
        if right + 1 - left <= best_len:
            best_start, best_len = left, right + 1 - left
        need[s[left]] += 1
        missing += 1
        left += 1
    return s[best_start : best_start + best_len] if best_len <= len(s) else ""
