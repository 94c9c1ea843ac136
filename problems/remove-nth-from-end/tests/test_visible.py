from solution import remove_nth_from_end

from judge.testing import linked, linked_values


def test_first_example():
    assert linked_values(remove_nth_from_end(linked([1, 2, 3, 4, 5]), 2)) == [1, 2, 3, 5]


def test_only_node():
    assert remove_nth_from_end(linked([1]), 1) is None


def test_remove_the_last():
    assert linked_values(remove_nth_from_end(linked([1, 2]), 1)) == [1]


def test_remove_the_head():
    assert linked_values(remove_nth_from_end(linked([1, 2]), 2)) == [2]
