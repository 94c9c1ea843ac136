import random

from hypothesis import given
from hypothesis import strategies as st


def grid(*rows):
    return [list(row) for row in rows]


def check(solution, board, words, expected):
    actual = solution.find_words(board, words)
    assert actual == expected


def test_examples(solution):
    board = grid("cats", "oreo", "dogs")
    check(solution, board, ["dog", "core", "cat", "red", "bird"], ["cat", "core", "dog"])
    check(solution, grid("ab", "cd"), ["abdc", "abcd", "aba"], ["abdc"])
    check(solution, grid("a"), ["a", "a", "aa"], ["a"])


def test_single_cell(solution):
    check(solution, grid("z"), ["z"], ["z"])
    check(solution, grid("z"), ["a", "zz", "zzz"], [])


def test_no_cell_reuse(solution):
    # Each of these needs some cell twice: "aba" goes back, "abcda" closes the square.
    check(solution, grid("ab"), ["aba", "bab", "ab", "ba"], ["ab", "ba"])
    check(solution, grid("ab", "dc"), ["abcd", "abcda", "dcba", "adcb"], ["abcd", "adcb", "dcba"])


def test_no_diagonals(solution):
    check(solution, grid("ab", "ba"), ["aa", "bb", "ab", "ba", "aba"], ["ab", "aba", "ba"])
    check(solution, grid("a.c", ".b.", "c.a"), ["ab", "abc", "ac"], [])


def test_duplicates(solution):
    # A word listed twice, or traceable from several cells, is in the answer once.
    check(solution, grid("aa", "aa"), ["a", "aa", "a", "aaaa", "aaaaa"], ["a", "aa", "aaaa"])
    check(solution, grid("xyx"), ["xy", "yx", "xy"], ["xy", "yx"])


def test_words_sharing_prefixes(solution):
    board = grid("abc", "fed", "ghi")
    words = ["ab", "abc", "abcd", "abcde", "abcdx", "abe", "abef", "ag"]
    check(solution, board, words, ["ab", "abc", "abcd", "abcde", "abe", "abef"])


def test_winding_path(solution):
    # Ten letters snaking through the whole board, and one that needs an eleventh cell.
    board = grid("abcd", "hgfe", "ijkl")
    check(solution, board, ["abcdefghij", "lkjihgfedc", "dcbaghijkl"], ["abcdefghij", "lkjihgfedc"])


def test_board_unchanged(solution):
    board = grid("cat", "ord", "gxe")
    check(solution, board, ["cat", "cord", "dog", "tde", "cox"], ["cat", "cord", "tde"])
    assert board == grid("cat", "ord", "gxe"), "the board was changed"


def test_large_input(solution, reference):
    # A 12 x 12 board of four letters and 30,000 ten-letter words over them: most
    # share long prefixes with some path, and about 6,000 can be traced.
    rng = random.Random(2024)
    board = [[rng.choice("abcd") for _ in range(12)] for _ in range(12)]
    words = ["".join(rng.choices("abcd", k=10)) for _ in range(30_000)]
    expected = reference.find_words([row[:] for row in board], words)
    check(solution, board, words, expected)


boards = st.integers(1, 3).flatmap(
    lambda cols: st.lists(st.lists(st.sampled_from("ab"), min_size=cols, max_size=cols), min_size=1, max_size=3)
)
word_lists = st.lists(st.text("ab", min_size=1, max_size=5), min_size=1, max_size=6)


@given(boards, word_lists)
def test_matches_reference(solution, reference, board, words):
    expected = reference.find_words([row[:] for row in board], words)
    actual = solution.find_words(board, words)
    assert actual == expected
