from solution import MedianFinder


def test_example():
    finder = MedianFinder()
    finder.add_num(5)
    finder.add_num(2)
    assert finder.find_median() == 3.5
    finder.add_num(8)
    assert finder.find_median() == 5.0


def test_one_number():
    finder = MedianFinder()
    finder.add_num(7)
    assert finder.find_median() == 7.0


def test_numbers_out_of_order():
    finder = MedianFinder()
    for num in (5, 1, 4, 2, 3):
        finder.add_num(num)
    assert finder.find_median() == 3.0


def test_even_count_is_a_mean():
    finder = MedianFinder()
    for num in (10, 1, 4, 7):
        finder.add_num(num)
    assert finder.find_median() == 5.5
