# fails: test_large_input
# Correct memoised recursion, but one level per cut: 10**4 one-letter words exceed the recursion limit (RecursionError).
from functools import cache


def word_break(s: str, word_dict: list[str]) -> bool:
    words = set(word_dict)
    lengths = {len(word) for word in words}

    @cache
    def fits_from(i: int) -> bool:
        if i == len(s):
            return True
        return any(s[i : i + size] in words and fits_from(i + size) for size in lengths)

    return fits_from(0)
