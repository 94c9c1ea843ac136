# fails: test_examples, test_repeated_characters, test_matches_reference
# Needs each distinct character of t once (a set, not a count): "aa" is taken to be held by a window with one 'a'.
def min_window(s: str, t: str) -> str:
    need = set(t)
    if not need:
        return ""
    window: dict[str, int] = {}
    have = 0
    best = ""
    left = 0
    for right, char in enumerate(s):
        window[char] = window.get(char, 0) + 1
        if char in need and window[char] == 1:
            have += 1
        while have == len(need):
            if not best or right + 1 - left < len(best):
                best = s[left : right + 1]
            window[s[left]] -= 1
            if s[left] in need and window[s[left]] == 0:
                have -= 1
            left += 1
    return best
