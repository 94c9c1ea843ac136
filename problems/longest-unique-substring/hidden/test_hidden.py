import random
import string

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for s, expected in cases:
        actual = solution.longest_unique_substring(s)
        assert actual == expected


def test_examples(solution):
    check(solution, [("abcabcbb", 3), ("bbbbb", 1), ("pwwkew", 3), ("", 0), ("a b c", 3)])


def test_empty_input(solution):
    check(solution, [("", 0)])


def test_single_character(solution):
    check(solution, [("a", 1), (" ", 1), ("é", 1), ("z" * 5, 1)])


def test_all_distinct(solution):
    check(solution, [("abcdef", 6), ("0123456789", 10), ("xy", 2)])


def test_adjacent_repeats(solution):
    check(solution, [("aab", 2), ("abcc", 3), ("aabbcc", 2), ("abbbbc", 2)])


def test_stale_repeat(solution):
    # The repeated character was last seen before the window's start: the
    # window must not move back to it.
    check(solution, [("abba", 2), ("tmmzuxt", 5), ("abcbda", 4), ("cdd", 2)])


def test_unicode_and_spaces(solution):
    check(solution, [
        ("héllo wörld", 7),  # "o wörld"
        ("日本語日本", 3),
        ("😀😃😀", 2),
        ("  ", 1),
        ("12 21", 3),
        ("a-b_c.a", 6),
    ])  # fmt: skip


def test_case_sensitive(solution):
    check(solution, [("aA", 2), ("AaBbAa", 4), ("ABCABC", 3)])


def test_large_input(solution, reference):
    n = 100_000
    cjk = "".join(chr(0x4E00 + i % 20_000) for i in range(n))  # 20,000 distinct, repeating
    noisy = "".join(random.Random(5).choices(string.printable, k=n))
    check(solution, [
        (cjk, 20_000),
        ("a" * n, 1),
        (noisy, reference.longest_unique_substring(noisy)),
    ])  # fmt: skip


# Strings built from a list of sampled characters rather than st.text():
# st.text() shrinks through a set of characters, so its counterexample could
# change with the grading process's hash seed.
@given(st.lists(st.sampled_from("abcd 1é"), max_size=25).map("".join))
def test_matches_reference(solution, reference, s):
    expected = reference.longest_unique_substring(s)
    actual = solution.longest_unique_substring(s)
    assert actual == expected
