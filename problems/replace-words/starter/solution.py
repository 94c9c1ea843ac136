def replace_words(dictionary: list[str], sentence: str) -> str:
    """The sentence with each word replaced by its shortest root from dictionary."""
    return ""
