from solution import can_jump


def test_first_example():
    assert can_jump([2, 3, 1, 1, 4]) is True


def test_stuck_on_a_zero():
    assert can_jump([3, 2, 1, 0, 4]) is False


def test_single_element():
    assert can_jump([0]) is True
