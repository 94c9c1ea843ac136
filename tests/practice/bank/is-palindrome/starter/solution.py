def is_palindrome(s: str) -> bool:
    raise NotImplementedError("write your solution here")
