from collections import Counter


def min_window(s: str, t: str) -> str:
    if not t:
        return ""
    need = Counter(t)  # how many more of each character the window needs (negative: spare)
    missing = len(t)  # characters of t the window still lacks, repeats counted
    best_start, best_len = 0, len(s) + 1
    left = 0
    for right, char in enumerate(s):
        if need[char] > 0:
            missing -= 1
        need[char] -= 1
        if missing:
            continue
        # The window holds all of t: drop spare characters from its left end.
        while need[s[left]] < 0:
            need[s[left]] += 1
            left += 1
        if right + 1 - left < best_len:  # strictly shorter: ties keep the leftmost
            best_start, best_len = left, right + 1 - left
        # Give up the window's first character to look for the next window.
        need[s[left]] += 1
        missing += 1
        left += 1
    return s[best_start : best_start + best_len] if best_len <= len(s) else ""
