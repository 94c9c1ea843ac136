# fails: test_large_input
# Correct but O(n^2): finds an adjacent matching pair, cuts it out and starts
# over from the beginning, until nothing is left or no pair is found.
def is_valid(s: str) -> bool:
    pairs = ("()", "[]", "{}")
    while s:
        for i in range(len(s) - 1):
            if s[i : i + 2] in pairs:
                s = s[:i] + s[i + 2 :]
                break
        else:
            return False
    return True
