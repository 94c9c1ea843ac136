def is_palindrome(s: str) -> bool:
    # s[1:-1] copies the string each step: n/2 copies of up to n bytes, O(n^2)
    # (a memcpy, so it looks linear until n is in the tens of thousands).
    while len(s) > 1:
        if s[0] != s[-1]:
            return False
        s = s[1:-1]
    return True
