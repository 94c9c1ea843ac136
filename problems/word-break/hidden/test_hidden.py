from hypothesis import given
from hypothesis import strategies as st


def check(solution, s, word_dict, expected):
    actual = solution.word_break(s, word_dict)
    assert actual == expected


def test_examples(solution):
    check(solution, "leetcode", ["leet", "code"], True)
    check(solution, "applepenapple", ["apple", "pen"], True)
    check(solution, "catsandog", ["cats", "dog", "sand", "and", "cat"], False)


def test_empty_string(solution):
    check(solution, "", ["a"], True)
    check(solution, "", ["abc", "d"], True)


def test_single_character(solution):
    check(solution, "a", ["a"], True)
    check(solution, "a", ["b"], False)
    check(solution, "a", ["aa"], False)


def test_word_used_many_times(solution):
    check(solution, "aaaaaaa", ["aaa"], False)
    check(solution, "aaaaaaaaa", ["aaa"], True)
    check(solution, "abababab", ["ab"], True)


def test_longest_match_first_fails(solution):
    # Taking the longest word that fits at the start leads into a dead end.
    check(solution, "cars", ["car", "ca", "rs"], True)
    check(solution, "aaaaaaa", ["aaaa", "aaa"], True)  # 4 + 3, but 4 + 3 after trying 4 first
    check(solution, "goalspecial", ["go", "goal", "goals", "special"], True)


def test_pieces_must_not_join(solution):
    # Deleting "bc" from "abcd" leaves "ad", but "ad" is not a piece of "abcd".
    check(solution, "abcd", ["bc", "ad"], False)
    check(solution, "abcd", ["a", "bc", "d"], True)
    check(solution, "aabb", ["ab"], False)
    check(solution, "aaabb", ["ab", "aab"], False)


def test_no_word_fits(solution):
    check(solution, "hello", ["world", "xyz"], False)
    check(solution, "ab", ["abc"], False)


def test_duplicate_words(solution):
    check(solution, "dogdog", ["dog", "dog"], True)
    check(solution, "catdo", ["cat", "cat", "dog"], False)


def test_large_input(solution):
    n = 10_000
    runs = ["a" * size for size in range(20, 0, -1)]
    check(solution, "a" * (n - 1) + "b", runs, False)  # every cut of the a's, none for the b
    check(solution, "a" * (n - 1) + "b", [*runs, "ab"], True)
    check(solution, "ab" * (n // 2), ["a", "b", "ab", "ba", "aba", "bab"], True)
    check(solution, "abc" * (n // 3) + "d", ["abc", "ab", "a", "bc", "c", "cab"], False)


# Up to 4 short words over "ab", and s made mostly of those words (with a
# stray word now and then): cuts are plentiful and dead ends common, so a
# wrong rule shows on a short example.
words = st.lists(st.sampled_from("ab"), min_size=1, max_size=3).map("".join)


@st.composite
def cases(draw):
    word_dict = draw(st.lists(words, min_size=1, max_size=4))
    pieces = draw(st.lists(st.sampled_from(word_dict) | words, max_size=6))
    return "".join(pieces), word_dict


@given(cases())
def test_matches_reference(solution, reference, case):
    s, word_dict = case
    check(solution, s, word_dict, reference.word_break(s, word_dict))
