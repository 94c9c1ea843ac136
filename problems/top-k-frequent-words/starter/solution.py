def top_k_frequent(words: list[str], k: int) -> list[str]:
    """The k most frequent words, most frequent first, ties in alphabetical order."""
    return []
