def edit_distance(word1: str, word2: str) -> int:
    """The fewest inserts, deletes and replacements that turn word1 into word2."""
    return 0
