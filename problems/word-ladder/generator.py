"""Inputs for the complexity ladder: n six-letter words in two halves, the
first n/2 words over "abcde" in dictionary order and the first n/2 over
"fghij". Each half is connected (a word's last letter other than its first
letter can always be changed back to it, to an earlier word), but a word of
one half differs from every word of the other in all six letters. begin_word
is in one half and end_word in the other: no ladder joins them, so a search,
even one from both ends, explores a whole half before answering 0."""

import itertools
import random


def make_input(n: int, rng: random.Random) -> tuple[str, str, list[str]]:
    near = ["".join(w) for w in itertools.islice(itertools.product("abcde", repeat=6), max(1, n // 2))]
    far = ["".join(w) for w in itertools.islice(itertools.product("fghij", repeat=6), max(1, n - n // 2))]
    words = near + far
    rng.shuffle(words)
    return "aaaaaa", "ffffff", words
