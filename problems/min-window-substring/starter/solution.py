def min_window(s: str, t: str) -> str:
    """The shortest (then leftmost) substring of s holding every character of t, or ""."""
    raise NotImplementedError("write your solution here")
