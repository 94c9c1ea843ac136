from solution import add_two


def test_one():
    assert add_two(1) == 3


def test_zero():
    assert add_two(0) == 2
