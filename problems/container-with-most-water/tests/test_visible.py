from solution import max_area


def test_first_example():
    assert max_area([1, 8, 6, 2, 5, 4, 8, 3, 7]) == 49


def test_two_lines():
    assert max_area([1, 1]) == 1


def test_outer_lines_win():
    assert max_area([4, 3, 2, 1, 4]) == 16


def test_one_line_holds_nothing():
    assert max_area([5]) == 0
