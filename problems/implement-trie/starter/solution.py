class Trie:
    def __init__(self) -> None:
        pass

    def insert(self, word: str) -> None:
        """Add word to the trie."""
        pass

    def search(self, word: str) -> bool:
        """True if word was inserted."""
        return False

    def starts_with(self, prefix: str) -> bool:
        """True if some inserted word starts with prefix."""
        return False
