from solution import combination_sum


def test_first_example():
    assert combination_sum([2, 3, 6, 7], 7) == [[2, 2, 3], [7]]


def test_reuse_candidates():
    assert combination_sum([2, 3, 5], 8) == [[2, 2, 2, 2], [2, 3, 3], [3, 5]]


def test_candidates_in_any_order():
    assert combination_sum([5, 3, 2], 8) == [[2, 2, 2, 2], [2, 3, 3], [3, 5]]


def test_no_combination():
    assert combination_sum([2], 1) == []
