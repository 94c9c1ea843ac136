from solution import product_except_self


def test_first_example():
    assert product_except_self([1, 2, 3, 4]) == [24, 12, 8, 6]


def test_a_zero():
    assert product_except_self([-1, 1, 0, -3, 3]) == [0, 0, 9, 0, 0]


def test_single_element():
    assert product_except_self([5]) == [1]
