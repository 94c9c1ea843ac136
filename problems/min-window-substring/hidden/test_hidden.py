import random

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for s, t, expected in cases:
        actual = solution.min_window(s, t)
        assert actual == expected


def test_examples(solution):
    check(solution, [("ADOBECODEBANC", "ABC", "BANC"), ("a", "a", "a"), ("a", "aa", ""), ("abcba", "ab", "ab")])


def test_no_window(solution):
    check(solution, [("abc", "d", ""), ("ab", "abc", ""), ("aab", "abb", ""), ("xyz", "zz", "")])


def test_empty_strings(solution):
    check(solution, [("", "", ""), ("abc", "", ""), ("", "a", "")])


def test_repeated_characters(solution):
    check(solution, [
        ("aa", "aa", "aa"),
        ("abaab", "aab", "aba"),
        ("baabcab", "abb", "baab"),
        ("aaflslflsldkalskaaa", "aaa", "aaa"),
        ("cabwefgewcwaefgcf", "cae", "cwae"),
    ])  # fmt: skip


def test_ties_take_the_leftmost(solution):
    check(solution, [("ba" + "x" * 5 + "ab", "ab", "ba"), ("xaybxbya", "ab", "ayb"), ("cbacb", "abc", "cba"), ("aXbYbXa", "ab", "aXb")])


def test_whole_string(solution):
    check(solution, [("abc", "cba", "abc"), ("xyyx", "xx", "xyyx"), ("z", "z", "z")])


def test_case_and_unicode(solution):
    check(solution, [
        ("aAbBa", "AB", "AbB"),
        ("abc", "A", ""),
        ("日本語を日本で", "本日", "日本"),
        ("😀a😃b😀", "😀b", "b😀"),
        ("héllo wörld", "o w", "o w"),
    ])  # fmt: skip


def test_large_input(solution, reference):
    n = 100_000
    rng = random.Random(17)
    late = "a" * (n - 1) + "b"  # one window, from the last 'a' to the end
    noisy = "".join(rng.choices("abcdefghij", k=n))
    pattern = "".join(rng.choices("abcdefghij", k=50))
    many = "".join(rng.choices("xyz", k=n))
    check(solution, [
        (late, "ab", "ab"),
        (late, "a" * 1000 + "b", late[-1001:]),
        (noisy, pattern, reference.min_window(noisy, pattern)),
        (many, many, many),
    ])  # fmt: skip


@given(st.lists(st.sampled_from("abc"), max_size=14).map("".join), st.lists(st.sampled_from("abc"), max_size=4).map("".join))
def test_matches_reference(solution, reference, s, t):
    expected = reference.min_window(s, t)
    actual = solution.min_window(s, t)
    assert actual == expected
