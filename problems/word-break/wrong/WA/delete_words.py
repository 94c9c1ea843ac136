# fails: test_pieces_must_not_join
# Deletes every occurrence of each word, longest first: the pieces left behind join into new words.
def word_break(s: str, word_dict: list[str]) -> bool:
    for word in sorted(word_dict, key=len, reverse=True):
        s = s.replace(word, "")
    return s == ""
