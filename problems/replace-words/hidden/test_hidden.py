import random
import string

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for dictionary, sentence, expected in cases:
        actual = solution.replace_words(dictionary, sentence)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        (["un", "re", "pre"], "the undoing of the redone prefix", "the un of the re pre"),
        (["a", "b", "c"], "apple banana cherry date", "a b c date"),
        (["ab", "a"], "abc cab", "a cab"),
    ])  # fmt: skip


def test_empty_dictionary(solution):
    check(solution, [([], "nothing to replace here", "nothing to replace here"), ([], "a", "a")])


def test_single_word(solution):
    check(solution, [(["un"], "undo", "un"), (["un"], "redo", "redo"), (["x"], "x", "x")])


def test_shortest_root_wins(solution):
    # Listed longest first: the answer must not depend on the dictionary's order.
    check(solution, [
        (["aaa", "aa", "a"], "aaaa aaa aa a b", "a a a a b"),
        (["catt", "cat", "ca"], "cattle catapult", "ca ca"),
        (["abcd", "abc"], "abcde abce", "abc abc"),
    ])  # fmt: skip


def test_root_is_the_whole_word(solution):
    check(solution, [(["cat", "dog"], "cat dog cats", "cat dog cat"), (["the"], "the then", "the the")])


def test_root_longer_than_word(solution):
    check(solution, [(["cats", "doggy"], "cat dog cats", "cat dog cats"), (["abc"], "ab a abc", "ab a abc")])


def test_root_inside_word(solution):
    # "at" and "tle" occur in "cattle", but it does not start with them.
    check(solution, [(["at", "tle"], "cattle attle", "cattle at"), (["b"], "abba bab", "abba b")])


def test_duplicates(solution):
    check(solution, [
        (["go", "go", "gone"], "gone gone going", "go go go"),
        (["re"], "redo redo redo", "re re re"),
    ])  # fmt: skip


def test_large_input(solution, reference):
    # 1,000 roots of up to 100 letters and a sentence of about 10**6 characters.
    rng = random.Random(2024)
    letters = string.ascii_lowercase[:8]
    dictionary = ["".join(rng.choices(letters, k=rng.randint(3, 100))) for _ in range(1_000)]
    words, length = [], 0
    while length < 1_000_000:
        word = "".join(rng.choices(letters, k=rng.randint(1, 15)))
        words.append(word)
        length += len(word) + 1
    sentence = " ".join(words)
    check(solution, [(dictionary, sentence, reference.replace_words(dictionary, sentence))])


words = st.text("ab", min_size=1, max_size=4)


@given(st.lists(words, max_size=4), st.lists(words, min_size=1, max_size=5).map(" ".join))
def test_matches_reference(solution, reference, dictionary, sentence):
    expected = reference.replace_words(dictionary, sentence)
    actual = solution.replace_words(dictionary, sentence)
    assert actual == expected
