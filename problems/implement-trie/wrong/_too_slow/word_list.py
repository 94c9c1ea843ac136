# Correct, but O(n) per call: keeps a plain list and compares against every stored word.
# Not in wrong/TLE: with the ~10**4 calls the hidden tests can make through the sandbox,
# each scan takes milliseconds, far below the 1 s per-call CPU limit; only the complexity
# ladder (against O(len(word)) per call) tells it apart.
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
