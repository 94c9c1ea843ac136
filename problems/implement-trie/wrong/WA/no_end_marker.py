# fails: test_examples, test_prefix_is_not_a_word, test_nested_words, test_matches_reference
# Never marks where a word ends, so search answers "is there such a path": any prefix counts as a word.
class Trie:
    def __init__(self) -> None:
        self.root: dict[str, dict] = {}

    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})

    def search(self, word: str) -> bool:
        return self.starts_with(word)

    def starts_with(self, prefix: str) -> bool:
        node = self.root
        for letter in prefix:
            if letter not in node:
                return False
            node = node[letter]
        return True
