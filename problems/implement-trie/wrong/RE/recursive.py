# fails: test_long_words
# Textbook recursive trie: right, but a 2,000-letter word needs 2,000 nested calls (RecursionError).
class Node:
    def __init__(self) -> None:
        self.children: dict[str, Node] = {}
        self.is_word = False

    def insert(self, word: str, i: int = 0) -> None:
        if i == len(word):
            self.is_word = True
            return
        self.children.setdefault(word[i], Node()).insert(word, i + 1)

    def find(self, text: str, i: int = 0) -> "Node | None":
        if i == len(text):
            return self
        child = self.children.get(text[i])
        return child.find(text, i + 1) if child else None


class Trie:
    def __init__(self) -> None:
        self.root = Node()

    def insert(self, word: str) -> None:
        self.root.insert(word)

    def search(self, word: str) -> bool:
        node = self.root.find(word)
        return node is not None and node.is_word

    def starts_with(self, prefix: str) -> bool:
        return self.root.find(prefix) is not None
