import random
import string

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for words, k, expected in cases:
        actual = solution.top_k_frequent(words, k)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        (["red", "blue", "red", "green", "blue", "red"], 2, ["red", "blue"]),
        (["cat", "dog", "cat", "bird", "dog", "fish", "bird", "cat"], 3, ["cat", "bird", "dog"]),
        (["b", "a", "c"], 2, ["a", "b"]),
    ])  # fmt: skip


def test_single_word(solution):
    check(solution, [(["z"], 1, ["z"]), (["same"] * 5, 1, ["same"])])


def test_k_is_one(solution):
    check(solution, [
        (["x", "y", "y", "x", "z", "y"], 1, ["y"]),
        (["m", "n", "n", "m"], 1, ["m"]),  # tied for first: the alphabetically smaller wins
    ])  # fmt: skip


def test_all_tied(solution):
    check(solution, [
        (["d", "c", "b", "a"], 4, ["a", "b", "c", "d"]),
        (["pear", "fig", "kiwi", "kiwi", "fig", "pear"], 2, ["fig", "kiwi"]),
    ])  # fmt: skip


def test_tie_at_the_cutoff(solution):
    # The k-th place is shared: the alphabetically smaller words get in.
    words = ["top"] * 3 + ["zeta", "zeta", "beta", "beta", "eta", "eta", "one"]
    check(solution, [(words, 2, ["top", "beta"]), (words, 3, ["top", "beta", "eta"]), (words, 4, ["top", "beta", "eta", "zeta"])])


def test_all_words_returned(solution):
    words = ["c", "a", "b", "a", "c", "c"]
    check(solution, [(words, 3, ["c", "a", "b"])])


def test_prefixes_and_lengths(solution):
    # Alphabetical order is plain string order: a prefix comes before its extensions,
    # whatever the lengths.
    words = ["abc", "ab", "a", "abcd", "b", "ba"]
    check(solution, [(words, 6, ["a", "ab", "abc", "abcd", "b", "ba"]), ([*words, "ba"], 2, ["ba", "a"])])


def test_input_not_modified(solution):
    words = ["b", "a", "b", "c", "a", "b"]
    assert solution.top_k_frequent(words, 2) == ["b", "a"]
    assert words == ["b", "a", "b", "c", "a", "b"], "the input list was changed"


def test_large_input(solution, reference):
    # 100,000 words, 50,000 distinct; most counts are small, so ties are everywhere.
    rng = random.Random(2024)
    vocabulary = ["".join(rng.choices(string.ascii_lowercase, k=6)) for _ in range(50_000)]
    words = vocabulary + rng.choices(vocabulary, k=50_000)
    rng.shuffle(words)
    for k in (1, 10, 1_000):
        check(solution, [(words, k, reference.top_k_frequent(words, k))])


@given(st.lists(st.sampled_from(["a", "b", "c", "d", "ab", "ba"]), min_size=1, max_size=15), st.integers(1, 6))
def test_matches_reference(solution, reference, words, k):
    k = min(k, len(set(words)))
    expected = reference.top_k_frequent(words, k)
    actual = solution.top_k_frequent(words, k)
    assert actual == expected
