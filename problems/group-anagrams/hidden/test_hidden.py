import random
import string

from hypothesis import given
from hypothesis import strategies as st


def check(solution, cases):
    for strs, expected in cases:
        actual = solution.group_anagrams(strs)
        assert actual == expected


def test_examples(solution):
    check(solution, [
        (["eat", "tea", "tan", "ate", "nat", "bat"], [["eat", "tea", "ate"], ["tan", "nat"], ["bat"]]),
        ([""], [[""]]),
        (["ab", "aab", "ba"], [["ab", "ba"], ["aab"]]),
        ([], []),
    ])  # fmt: skip


def test_empty_input(solution):
    check(solution, [([], [])])


def test_empty_strings(solution):
    check(solution, [(["", ""], [["", ""]]), (["a", "", "a", ""], [["a", "a"], ["", ""]])])


def test_no_anagrams(solution):
    check(solution, [(["abc", "abd", "x"], [["abc"], ["abd"], ["x"]]), (["a"], [["a"]])])


def test_all_anagrams(solution):
    check(solution, [(["abc", "bca", "cab", "acb"], [["abc", "bca", "cab", "acb"]]), (["z", "z"], [["z", "z"]])])


def test_repeated_strings(solution):
    check(solution, [(["tea", "tea", "eat"], [["tea", "tea", "eat"]]), (["ab", "cd", "ab", "ba"], [["ab", "ab", "ba"], ["cd"]])])


def test_same_letters_different_counts(solution):
    # Same set of letters is not enough: counts must match too.
    check(solution, [
        (["ab", "aab", "abb", "ba"], [["ab", "ba"], ["aab"], ["abb"]]),
        (["aabb", "ab", "bbaa", "abab"], [["aabb", "bbaa", "abab"], ["ab"]]),
        (["a", "aa", "aaa"], [["a"], ["aa"], ["aaa"]]),
    ])  # fmt: skip


def test_order(solution):
    # Groups by first appearance, not alphabetically; members as they came.
    check(solution, [
        (["tan", "eat", "nat", "tea"], [["tan", "nat"], ["eat", "tea"]]),
        (["zyx", "b", "xyz", "a", "yxz"], [["zyx", "xyz", "yxz"], ["b"], ["a"]]),
        (["cba", "abc", "bac"], [["cba", "abc", "bac"]]),
    ])  # fmt: skip


def test_large_input(solution, reference):
    n = 10_000
    rng = random.Random(53)
    distinct = ["".join(rng.choices(string.ascii_lowercase, k=100)) for _ in range(n)]  # no two anagrams
    shuffled = ["".join(rng.sample(word, len(word))) for word in distinct[:100] for _ in range(100)]
    rng.shuffle(shuffled)
    check(solution, [
        (distinct, [[word] for word in distinct]),
        (shuffled, reference.group_anagrams(shuffled)),
    ])  # fmt: skip


@given(st.lists(st.lists(st.sampled_from("abc"), max_size=3).map("".join), max_size=8))
def test_matches_reference(solution, reference, strs):
    expected = reference.group_anagrams(strs)
    actual = solution.group_anagrams(strs)
    assert actual == expected
