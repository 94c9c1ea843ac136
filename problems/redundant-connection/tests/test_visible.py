from solution import find_redundant_connection


def test_triangle():
    assert find_redundant_connection([[1, 2], [1, 3], [2, 3]]) == [2, 3]


def test_edge_after_the_cycle():
    assert find_redundant_connection([[1, 2], [2, 3], [3, 4], [1, 4], [1, 5]]) == [1, 4]


def test_last_cycle_edge_in_the_list():
    assert find_redundant_connection([[3, 1], [2, 3], [1, 2], [2, 4]]) == [1, 2]
