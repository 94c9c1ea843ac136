class Trie:
    # Nested dicts, one per node, keyed by the next letter; END marks a node
    # where a word stops.  Loops, not recursion: a word may be 2,000 letters.
    END = "$"  # never a lowercase letter, so it cannot clash with a child

    def __init__(self) -> None:
        self.root: dict[str, dict] = {}

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[self.END] = {}

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and self.END in node

    def starts_with(self, prefix: str) -> bool:
        return self._walk(prefix) is not None

    def _walk(self, text: str) -> dict[str, dict] | None:
        """The node reached by following text's letters from the root, if there is one."""
        node = self.root
        for letter in text:
            if letter not in node:
                return None
            node = node[letter]
        return node
