def is_palindrome(s: str) -> bool:
    # Two pointers skip to the next letter or digit from each end and compare
    # them case-insensitively: no cleaned copy of s is built.
    left, right = 0, len(s) - 1
    while left < right:
        if not s[left].isalnum():
            left += 1
        elif not s[right].isalnum():
            right -= 1
        elif s[left].lower() != s[right].lower():
            return False
        else:
            left += 1
            right -= 1
    return True
