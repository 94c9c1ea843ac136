# fails: test_large_input
# Tries every first word and recurses on the rest, without remembering results: exponential on "aaa...ab".
def word_break(s: str, word_dict: list[str]) -> bool:
    if s == "":
        return True
    for word in word_dict:  # noqa: SIM110 (a loop, not any(): one frame per level, so depth is not what fails)
        if s.startswith(word) and word_break(s[len(word) :], word_dict):
            return True
    return False
