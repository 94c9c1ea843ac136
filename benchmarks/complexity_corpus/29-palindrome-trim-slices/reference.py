def is_palindrome(s: str) -> bool:
    # Two indices moving inwards: O(n).
    i, j = 0, len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True
