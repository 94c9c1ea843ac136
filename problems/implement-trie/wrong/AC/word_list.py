# complexity: worse
# Correct, but O(n) per call: keeps a plain list and compares against every stored
# word.  No per-call limit catches it at the sizes the hidden tests reach; the ladder does.
class Trie:
    def __init__(self) -> None:
        self.words: list[str] = []

    def insert(self, word: str) -> None:
        if word not in self.words:
            self.words.append(word)

    def search(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        return any(word.startswith(prefix) for word in self.words)
