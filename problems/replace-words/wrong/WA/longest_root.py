# fails: test_shortest_root_wins, test_matches_reference
# A set of roots and the word's prefixes tried from the longest down: it finds the LONGEST root.
def replace_words(dictionary: list[str], sentence: str) -> str:
    roots = set(dictionary)
    return " ".join(longest_root(roots, word) for word in sentence.split(" "))


def longest_root(roots: set[str], word: str) -> str:
    for end in range(len(word), 0, -1):
        if word[:end] in roots:
            return word[:end]
    return word
