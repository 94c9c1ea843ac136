from solution import solve_n_queens


def test_four_queens():
    assert solve_n_queens(4) == [["..Q.", "Q...", "...Q", ".Q.."], [".Q..", "...Q", "Q...", "..Q."]]


def test_one_queen():
    assert solve_n_queens(1) == [["Q"]]


def test_no_solution():
    assert solve_n_queens(3) == []


def test_eight_queens_count():
    assert len(solve_n_queens(8)) == 92
