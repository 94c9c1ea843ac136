# fails: test_examples, test_shortest_root_wins, test_matches_reference
# A trie without end markers: a root is taken to end where its branch has no
# children, so a root that begins a longer root ("a" in "ab") is never seen.
def replace_words(dictionary: list[str], sentence: str) -> str:
    trie: dict[str, dict] = {}
    for root in dictionary:
        node = trie
        for letter in root:
            node = node.setdefault(letter, {})
    return " ".join(walk(trie, word) for word in sentence.split(" "))


def walk(trie: dict[str, dict], word: str) -> str:
    node = trie
    for i, letter in enumerate(word):
        if letter not in node:
            return word
        node = node[letter]
        if not node:
            return word[: i + 1]
    return word
