def longest_unique_substring(s: str) -> int:
    """The length of the longest substring of s with no repeated character."""
    raise NotImplementedError("write your solution here")
