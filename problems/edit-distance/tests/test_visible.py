from solution import edit_distance


def test_first_example():
    assert edit_distance("horse", "ros") == 3


def test_second_example():
    assert edit_distance("intention", "execution") == 5


def test_equal_words():
    assert edit_distance("abc", "abc") == 0


def test_from_empty():
    assert edit_distance("", "abc") == 3
