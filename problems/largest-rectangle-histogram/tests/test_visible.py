from solution import largest_rectangle_area


def test_first_example():
    assert largest_rectangle_area([2, 1, 5, 6, 2, 3]) == 10


def test_two_bars():
    assert largest_rectangle_area([2, 4]) == 4


def test_low_bar_spans_everything():
    assert largest_rectangle_area([2, 1, 2]) == 3


def test_empty():
    assert largest_rectangle_area([]) == 0
