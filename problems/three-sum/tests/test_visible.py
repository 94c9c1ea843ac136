from solution import three_sum


def test_first_example():
    assert three_sum([-1, 0, 1, 2, -1, -4]) == [[-1, -1, 2], [-1, 0, 1]]


def test_no_triplet():
    assert three_sum([0, 1, 1]) == []


def test_each_triplet_once():
    assert three_sum([0, 0, 0, 0]) == [[0, 0, 0]]


def test_empty():
    assert three_sum([]) == []
