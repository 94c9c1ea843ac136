from solution import length_of_lis


def test_first_example():
    assert length_of_lis([10, 9, 2, 5, 3, 7, 101, 18]) == 4


def test_second_example():
    assert length_of_lis([0, 1, 0, 3, 2, 3]) == 4


def test_equal_values_do_not_increase():
    assert length_of_lis([7, 7, 7, 7]) == 1


def test_empty():
    assert length_of_lis([]) == 0
