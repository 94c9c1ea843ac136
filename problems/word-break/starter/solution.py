def word_break(s: str, word_dict: list[str]) -> bool:
    """True if s is a concatenation of words from word_dict (words may repeat)."""
    return False
