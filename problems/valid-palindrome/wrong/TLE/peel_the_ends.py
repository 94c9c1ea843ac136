# fails: test_large_input
# Correct but O(n^2): compares the two end characters, then copies everything between them (chars[1:-1]) to go on.
def is_palindrome(s: str) -> bool:
    chars = [c.lower() for c in s if c.isalnum()]
    while len(chars) > 1:
        if chars[0] != chars[-1]:
            return False
        chars = chars[1:-1]
    return True
