import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, word1, word2, expected):
    actual = solution.edit_distance(word1, word2)
    assert actual == expected


def test_examples(solution):
    check(solution, "horse", "ros", 3)
    check(solution, "intention", "execution", 5)
    check(solution, "abc", "abc", 0)
    check(solution, "", "abc", 3)


def test_empty_words(solution):
    check(solution, "", "", 0)
    check(solution, "abc", "", 3)
    check(solution, "", "z", 1)


def test_equal_words(solution):
    check(solution, "a", "a", 0)
    check(solution, "banana", "banana", 0)


def test_single_letters(solution):
    check(solution, "a", "b", 1)
    check(solution, "a", "ab", 1)
    check(solution, "ba", "a", 1)


def test_nothing_in_common(solution):
    check(solution, "abc", "xyz", 3)
    check(solution, "ab", "xyzw", 4)  # two replacements and two inserts


def test_insert_or_delete_inside(solution):
    check(solution, "abc", "ac", 1)
    check(solution, "ac", "abc", 1)
    check(solution, "kitten", "sitting", 3)
    check(solution, "abcdef", "azced", 3)


def test_replace_beats_insert_and_delete(solution):
    check(solution, "abc", "abd", 1)
    check(solution, "cat", "cut", 1)
    check(solution, "aaaa", "bbbb", 4)


def test_large_input(solution, reference):
    n = 500
    rng = random.Random(29)
    first = "".join(rng.choice("ab") for _ in range(n))
    second = "".join(rng.choice("ab") for _ in range(n))
    check(solution, first, second, reference.edit_distance(first, second))
    check(solution, "a" * n, "b" * n, n)
    check(solution, "ab" * (n // 2), "ba" * (n // 2), 2)  # delete the first a, add one at the end


# Words of up to 8 letters over "abc": matches and near-misses are common.
word = st.lists(st.sampled_from("abc"), max_size=8).map("".join)


@given(word, word)
def test_matches_reference(solution, reference, word1, word2):
    check(solution, word1, word2, reference.edit_distance(word1, word2))
