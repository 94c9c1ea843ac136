from solution import has_subset_sum


def test_first_example():
    assert has_subset_sum([3, 34, 4, 12, 5, 2], 9) is True


def test_unreachable_target():
    assert has_subset_sum([3, 34, 4, 12, 5, 2], 30) is False


def test_negative_values():
    assert has_subset_sum([-7, 3, 2], -2) is True


def test_empty_subset_does_not_count():
    assert has_subset_sum([1, 2], 0) is False
