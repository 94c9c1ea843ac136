from solution import permute


def test_three_values():
    assert sorted(permute([1, 2, 3])) == [[1, 2, 3], [1, 3, 2], [2, 1, 3], [2, 3, 1], [3, 1, 2], [3, 2, 1]]


def test_two_values():
    assert sorted(permute([0, 1])) == [[0, 1], [1, 0]]


def test_one_value():
    assert permute([1]) == [[1]]


def test_empty():
    assert permute([]) == [[]]
