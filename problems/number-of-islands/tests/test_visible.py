from solution import num_islands


def grid(*rows):
    return [list(row) for row in rows]


def test_first_example():
    assert num_islands(grid("11000", "11000", "00100", "00011")) == 3


def test_one_winding_island():
    assert num_islands(grid("111", "010", "111")) == 1


def test_corners_do_not_connect():
    assert num_islands(grid("10", "01")) == 2


def test_empty_grid():
    assert num_islands([]) == 0


def test_all_water():
    assert num_islands(grid("000", "000")) == 0
