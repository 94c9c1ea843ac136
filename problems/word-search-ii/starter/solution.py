def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """The words that can be traced on the board, each once, sorted."""
    return []
