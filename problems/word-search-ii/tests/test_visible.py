from solution import find_words

BOARD = [
    ["c", "a", "t", "s"],
    ["o", "r", "e", "o"],
    ["d", "o", "g", "s"],
]


def test_first_example():
    board = [row[:] for row in BOARD]
    assert find_words(board, ["dog", "core", "cat", "red", "bird"]) == ["cat", "core", "dog"]


def test_nothing_found():
    assert find_words([["a", "b"], ["c", "d"]], ["abcb"]) == []


def test_no_diagonal_steps():
    assert find_words([["a", "b"], ["c", "d"]], ["abdc", "abcd"]) == ["abdc"]


def test_single_cell():
    assert find_words([["a"]], ["a", "aa"]) == ["a"]
