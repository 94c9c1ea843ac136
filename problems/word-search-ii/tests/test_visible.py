from solution import find_words

BOARD = [
    ["o", "a", "a", "n"],
    ["e", "t", "a", "e"],
    ["i", "h", "k", "r"],
    ["i", "f", "l", "v"],
]


def test_first_example():
    board = [row[:] for row in BOARD]
    assert find_words(board, ["oath", "pea", "eat", "rain"]) == ["eat", "oath"]


def test_nothing_found():
    assert find_words([["a", "b"], ["c", "d"]], ["abcb"]) == []


def test_no_diagonal_steps():
    assert find_words([["a", "b"], ["c", "d"]], ["abdc", "abcd"]) == ["abdc"]


def test_single_cell():
    assert find_words([["a"]], ["a", "aa"]) == ["a"]
