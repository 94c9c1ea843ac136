def solve_n_queens(n: int) -> list[list[str]]:
    # Backtracking row by row: a queen goes in a column and on two diagonals
    # (row - col and row + col are constant along them) that no earlier queen holds.
    boards: list[list[str]] = []
    columns: list[int] = []  # columns[row]: the column of that row's queen
    taken_cols: set[int] = set()
    taken_down: set[int] = set()  # row - col
    taken_up: set[int] = set()  # row + col

    def place(row: int) -> None:
        if row == n:
            boards.append(["." * col + "Q" + "." * (n - col - 1) for col in columns])
            return
        for col in range(n):
            if col in taken_cols or row - col in taken_down or row + col in taken_up:
                continue
            columns.append(col)
            taken_cols.add(col)
            taken_down.add(row - col)
            taken_up.add(row + col)
            place(row + 1)
            columns.pop()
            taken_cols.remove(col)
            taken_down.remove(row - col)
            taken_up.remove(row + col)

    place(0)
    return sorted(boards)
