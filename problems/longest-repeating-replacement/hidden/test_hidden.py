import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for s, k, expected in cases:
        actual = solution.character_replacement(s, k)
        assert actual == expected


def test_examples(solution):
    check(solution, [("ABAB", 2, 4), ("AABABBA", 1, 4), ("ABC", 0, 1), ("", 3, 0)])


def test_empty_and_single(solution):
    check(solution, [("", 0, 0), ("A", 0, 1), ("Z", 1, 1)])


def test_no_replacements(solution):
    # The longest run as it stands.
    check(solution, [("AABBBCC", 0, 3), ("ABABAB", 0, 1), ("ZZZZ", 0, 4), ("ABBBBA", 0, 4)])


def test_k_covers_everything(solution):
    check(solution, [("ABCDE", 5, 5), ("ABCDE", 4, 5), ("ABCDE", 3, 4), ("AB", 2, 2)])


def test_one_letter(solution):
    check(solution, [("AAAA", 0, 4), ("AAAA", 2, 4), ("Q" * 50, 7, 50)])


def test_best_letter_is_not_the_longest_run(solution):
    # Gluing short runs across single other letters beats extending the longest run.
    check(solution, [("BABABAB", 3, 7), ("ABBABBABB", 2, 8), ("AAAABBABBABB", 2, 8)])


def test_large_input(solution, reference):
    n = 100_000
    rng = random.Random(31)
    alternating = "AB" * (n // 2)
    noisy = "".join(rng.choices("ABCDE", k=n))
    check(solution, [
        ("A" * n, 0, n),
        (alternating, 0, 1),
        (alternating, 10_000, 20_001),  # A, then B-A pairs with the k B's replaced
        (noisy, 5_000, reference.character_replacement(noisy, 5_000)),
    ])  # fmt: skip


@st.composite
def string_and_k(draw):
    s = "".join(draw(st.lists(st.sampled_from("ABC"), max_size=14)))
    return s, draw(st.integers(0, len(s)))


@given(string_and_k())
def test_matches_reference(solution, reference, case):
    s, k = case
    expected = reference.character_replacement(s, k)
    actual = solution.character_replacement(s, k)
    assert actual == expected
