def is_palindrome(s: str) -> bool:
    """Whether s reads the same both ways, on letters and digits only, ignoring case."""
    raise NotImplementedError("write your solution here")
