from solution import network_delay_time


def test_first_example():
    assert network_delay_time([[2, 1, 1], [2, 3, 1], [3, 4, 1]], 4, 2) == 2


def test_one_link():
    assert network_delay_time([[1, 2, 1]], 2, 1) == 1


def test_links_are_one_way():
    assert network_delay_time([[1, 2, 1]], 2, 2) == -1


def test_two_hops_can_be_faster_than_one():
    assert network_delay_time([[1, 2, 10], [1, 3, 1], [3, 2, 2]], 3, 1) == 3
