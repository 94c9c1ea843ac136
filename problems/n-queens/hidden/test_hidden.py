from hypothesis import given
from hypothesis import strategies as st


def check(solution, reference, n):
    expected = reference.solve_n_queens(n)
    actual = solution.solve_n_queens(n)
    assert actual == expected


def test_examples(solution, reference):
    for n in (4, 1, 3):
        check(solution, reference, n)


def test_one_queen(solution):
    assert solution.solve_n_queens(1) == [["Q"]]


def test_no_solution(solution):
    assert solution.solve_n_queens(2) == []
    assert solution.solve_n_queens(3) == []


def test_boards_in_sorted_order(solution, reference):
    # 10 boards for 5 queens, 4 for 6: in the order Python sorts them, not the order found.
    check(solution, reference, 5)
    check(solution, reference, 6)


def test_large_input(solution, reference):
    # 352 boards for 9 queens, 724 for 10; trying every arrangement of 10 columns is 3,628,800.
    check(solution, reference, 9)
    check(solution, reference, 10)


@given(st.integers(1, 8))
def test_matches_reference(solution, reference, n):
    check(solution, reference, n)
