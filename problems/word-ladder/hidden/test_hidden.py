import random

from hypothesis import assume, given
from hypothesis import strategies as st

WORDS = ["hot", "dot", "dog", "lot", "log", "cog"]


def check(solution, begin_word, end_word, word_list, expected):
    actual = solution.ladder_length(begin_word, end_word, word_list)
    assert actual == expected


def test_examples(solution):
    check(solution, "hit", "cog", WORDS, 5)
    check(solution, "hit", "cog", WORDS[:-1], 0)
    check(solution, "a", "c", ["a", "b", "c"], 2)


def test_end_word_not_in_list(solution):
    # "hot" is one change from "hit" and from "hog", but "hog" itself is not a word of the list.
    check(solution, "hit", "hog", ["hot", "dot"], 0)
    check(solution, "ab", "cb", [], 0)


def test_one_step(solution):
    check(solution, "hot", "dot", ["dot"], 2)
    check(solution, "cat", "cut", ["cot", "cut", "cog"], 2)


def test_no_ladder(solution):
    check(solution, "hit", "cog", ["hot", "cog"], 0)  # hot -> cog changes two letters
    check(solution, "aaa", "bbb", ["aab", "bba", "bbb"], 0)  # aab is 2 changes from bbb and 3 from bba


def test_single_letter_words(solution):
    check(solution, "a", "b", ["b"], 2)
    check(solution, "x", "y", ["z", "y"], 2)


def test_begin_word_in_list(solution):
    check(solution, "hot", "dog", ["hot", "dog", "dot"], 3)
    check(solution, "hot", "dog", ["hot", "dog"], 0)


def test_duplicate_words(solution):
    check(solution, "hit", "cog", WORDS + WORDS, 5)
    check(solution, "ab", "cd", ["cb", "cb", "cd", "cd"], 3)


def test_shortest_of_several(solution):
    # A long way round (aaa baa bba bbb cbb ccb ccc) and a short one (aaa caa cca ccc).
    words = ["baa", "bba", "bbb", "cbb", "ccb", "ccc", "caa", "cca"]
    check(solution, "aaa", "ccc", words, 4)
    check(solution, "aaa", "ccc", words[::-1], 4)
    check(solution, "aaa", "baa", ["aab", "bab", "baa"], 2)  # not aaa aab bab baa
    check(solution, "red", "tax", ["ted", "tex", "red", "tax", "tad", "den", "rex", "pee"], 4)


def test_large_input(solution, reference):
    rng = random.Random(17)
    words = ["".join(rng.choice("abcdefghij") for _ in range(5)) for _ in range(5000)]
    far = words[-1]
    check(solution, words[0], far, words, reference.ladder_length(words[0], far, words))
    check(solution, words[0], "zzzzz", [*words[1:], "zzzzz"], 0)  # nothing reaches it: explore everything


def words(length):
    return st.lists(st.sampled_from("abc"), min_size=length, max_size=length).map("".join)


@st.composite
def cases(draw):
    # Up to 8 words of 1 to 3 letters over "abc": dense enough for ladders,
    # and the end word is usually one of the list.
    length = draw(st.integers(1, 3))
    word_list = draw(st.lists(words(length), max_size=8))
    begin_word = draw(words(length))
    in_list = word_list and draw(st.booleans())
    end_word = draw(st.sampled_from(word_list) if in_list else words(length))
    return begin_word, end_word, word_list


@given(cases())
def test_matches_reference(solution, reference, case):
    begin_word, end_word, word_list = case
    assume(begin_word != end_word)
    check(solution, begin_word, end_word, word_list, reference.ladder_length(begin_word, end_word, word_list))
