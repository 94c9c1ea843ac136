from hypothesis import given
from hypothesis import strategies as st


def check(solution, image, sr, sc, color, expected):
    actual = solution.flood_fill(image, sr, sc, color)
    assert actual == expected


def test_examples(solution):
    check(solution, [[1, 1, 1], [1, 1, 0], [1, 0, 1]], 1, 1, 2, [[2, 2, 2], [2, 2, 0], [2, 0, 1]])
    check(solution, [[0, 0, 0], [0, 0, 0]], 0, 0, 0, [[0, 0, 0], [0, 0, 0]])
    check(solution, [[5]], 0, 0, 9, [[9]])


def test_single_pixel(solution):
    check(solution, [[0]], 0, 0, 1, [[1]])
    check(solution, [[3]], 0, 0, 3, [[3]])


def test_same_color(solution):
    check(solution, [[1, 1], [1, 1]], 1, 0, 1, [[1, 1], [1, 1]])
    check(solution, [[2, 0, 2], [2, 2, 2]], 0, 0, 2, [[2, 0, 2], [2, 2, 2]])


def test_diagonal_pixels(solution):
    check(solution, [[1, 0], [0, 1]], 0, 0, 7, [[7, 0], [0, 1]])
    check(solution, [[0, 1, 0], [1, 0, 1], [0, 1, 0]], 1, 1, 4, [[0, 1, 0], [1, 4, 1], [0, 1, 0]])


def test_same_color_elsewhere(solution):
    # Pixels of the old colour that are not connected to the start keep their colour.
    check(solution, [[1, 0, 1], [1, 0, 1]], 0, 0, 5, [[5, 0, 1], [5, 0, 1]])
    check(solution, [[2, 2, 3, 2], [3, 3, 3, 2]], 0, 3, 9, [[2, 2, 3, 9], [3, 3, 3, 9]])


def test_one_row_or_column(solution):
    check(solution, [[1, 1, 0, 1, 1]], 0, 1, 6, [[6, 6, 0, 1, 1]])
    check(solution, [[4], [4], [3], [4]], 3, 0, 0, [[4], [4], [3], [0]])


def snake(rows, cols):
    """A one-pixel-wide path of 1s winding through every other row, on 0s."""
    image = [[0] * cols for _ in range(rows)]
    for r in range(0, rows, 2):
        image[r] = [1] * cols
        if r + 1 < rows:
            image[r + 1][cols - 1 if r % 4 == 0 else 0] = 1
    return image


def test_large_input(solution):
    n = 300
    check(solution, [[0] * n for _ in range(n)], 150, 150, 1, [[1] * n for _ in range(n)])
    winding = snake(n, n)
    painted = [[2 if pixel == 1 else 0 for pixel in row] for row in winding]
    check(solution, winding, 0, 0, 2, painted)  # from one end of the path
    checkerboard = [[(r + c) % 2 for c in range(n)] for r in range(n)]
    expected = [row[:] for row in checkerboard]
    expected[0][0] = 5
    check(solution, [row[:] for row in checkerboard], 0, 0, 5, expected)
    check(solution, [[3] * n for _ in range(n)], 0, 0, 3, [[3] * n for _ in range(n)])


@st.composite
def fills(draw):
    # Images up to 5 x 5 in colours 0..2, any start pixel and colour (the same colour too).
    rows, cols = draw(st.integers(1, 5)), draw(st.integers(1, 5))
    image = draw(st.lists(st.lists(st.integers(0, 2), min_size=cols, max_size=cols), min_size=rows, max_size=rows))
    return image, draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1)), draw(st.integers(0, 2))


@given(fills())
def test_matches_reference(solution, reference, fill):
    image, sr, sc, color = fill
    expected = reference.flood_fill([row[:] for row in image], sr, sc, color)
    check(solution, image, sr, sc, color, expected)
