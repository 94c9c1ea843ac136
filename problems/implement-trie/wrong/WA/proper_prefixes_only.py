# fails: test_word_is_its_own_prefix, test_matches_reference
# A set of words and a set of prefixes, but range(1, len(word)) stops one short:
# a whole word is never recorded as a prefix of itself.
class Trie:
    def __init__(self) -> None:
        self.words: set[str] = set()
        self.prefixes: set[str] = set()

    def insert(self, word: str) -> None:
        self.words.add(word)
        for end in range(1, len(word)):
            self.prefixes.add(word[:end])

    def search(self, word: str) -> bool:
        return word in self.words

    def starts_with(self, prefix: str) -> bool:
        return prefix in self.prefixes
