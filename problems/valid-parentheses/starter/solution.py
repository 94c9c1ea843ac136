def is_valid(s: str) -> bool:
    """True if every bracket in s is closed by its own kind, in the right order."""
    return False
