# fails: test_examples, test_boards_in_sorted_order, test_large_input, test_matches_reference
# Finds every board, but returns them in the order the search finds them
# (first queen's column 0, 1, 2...), which is not sorted: ".Q.." sorts before "Q...".
def solve_n_queens(n: int) -> list[list[str]]:
    boards = []

    def place(columns):
        row = len(columns)
        if row == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in columns])
            return
        for col in range(n):
            if all(c != col and abs(c - col) != row - r for r, c in enumerate(columns)):
                place(columns + [col])

    place([])
    return boards
