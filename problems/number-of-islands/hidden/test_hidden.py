import random

from hypothesis import given
from hypothesis import strategies as st


def grid(*rows):
    return [list(row) for row in rows]


def check(solution, the_grid, expected):
    actual = solution.num_islands(the_grid)
    assert actual == expected


def test_examples(solution):
    check(solution, grid("11000", "11000", "00100", "00011"), 3)
    check(solution, grid("11110", "11010", "11000", "00000"), 1)
    check(solution, grid("111", "010", "111"), 1)
    check(solution, grid("10", "01"), 2)


def test_empty_grid(solution):
    check(solution, [], 0)
    check(solution, [[]], 0)


def test_single_cell(solution):
    check(solution, grid("1"), 1)
    check(solution, grid("0"), 0)


def test_all_water_or_all_land(solution):
    check(solution, grid("000", "000", "000"), 0)
    check(solution, grid("1111", "1111", "1111"), 1)


def test_single_row_or_column(solution):
    check(solution, grid("1011101"), 3)
    check(solution, grid("1", "1", "0", "1", "0", "0", "1"), 3)
    check(solution, grid("0110"), 1)


def test_diagonal_neighbours(solution):
    check(solution, grid("101", "010", "101"), 5)
    check(solution, grid("1100", "0011", "1100"), 3)
    check(solution, grid("01", "10"), 2)


def test_winding_shapes(solution):
    # Each of these is ONE island that a scan meets at several "first" cells
    # (a U opens upward, a ring around a lake, a spiral): only a search joins them.
    check(solution, grid("101", "101", "111"), 1)
    check(solution, grid("10101", "10101", "11111"), 1)
    check(solution, grid("11111", "10001", "10101", "10001", "11111"), 2)  # a ring, an island in its lake
    check(solution, grid("111111", "000001", "111101", "100101", "101111", "100000", "111111"), 1)  # a spiral
    check(solution, grid("0001", "0001", "0001", "1111"), 1)


def snake(rows, cols):
    """One island winding through every other row: about rows * cols / 2 cells in a single path."""
    cells = [["0"] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        cells[r] = ["1"] * cols
        if r + 1 < rows:
            cells[r + 1][cols - 1 if r % 4 == 0 else 0] = "1"
    return cells


def test_large_input(solution, reference):
    n = 300
    land = [["1"] * n for _ in range(n)]
    checkerboard = [["1" if (r + c) % 2 == 0 else "0" for c in range(n)] for r in range(n)]
    rng = random.Random(7)
    noisy = [["1" if rng.random() < 0.55 else "0" for _ in range(n)] for _ in range(n)]
    check(solution, land, 1)
    check(solution, checkerboard, n * n // 2)
    check(solution, snake(n, n), 1)
    check(solution, noisy, reference.num_islands(noisy))


# Grids up to 6 x 6: rows of one width, built from cells that shrink toward water.
grids = st.integers(1, 6).flatmap(lambda cols: st.lists(st.lists(st.sampled_from(["0", "1"]), min_size=cols, max_size=cols), max_size=6))


@given(grids)
def test_matches_reference(solution, reference, the_grid):
    check(solution, the_grid, reference.num_islands(the_grid))
