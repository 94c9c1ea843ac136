END = "$"  # marks where a root ends in the trie; never a letter


def replace_words(dictionary: list[str], sentence: str) -> str:
    # A trie of the roots: each word is walked letter by letter only until the
    # first (so shortest) root ends, or until no root can match any more.
    trie: dict[str, dict] = {}
    for root in dictionary:
        node = trie
        for letter in root:
            node = node.setdefault(letter, {})
        node[END] = root
    return " ".join(shortest_root(trie, word) for word in sentence.split(" "))


def shortest_root(trie: dict[str, dict], word: str) -> str:
    node = trie
    for letter in word:
        node = node.get(letter)
        if node is None:
            return word
        if END in node:
            return node[END]
    return word
