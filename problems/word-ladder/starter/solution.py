def ladder_length(begin_word: str, end_word: str, word_list: list[str]) -> int:
    """Words in the shortest ladder from begin_word to end_word, or 0 if there is none."""
    return 0
