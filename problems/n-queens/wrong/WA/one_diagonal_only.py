# fails: test_examples, test_no_solution, test_boards_in_sorted_order, test_matches_reference
# Checks columns and the diagonals going down to the right (row - col), but
# forgets the ones going down to the left (row + col): queens attack there too.
def solve_n_queens(n: int) -> list[list[str]]:
    boards = []

    def place(columns):
        row = len(columns)
        if row == n:
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in columns])
            return
        for col in range(n):
            if col not in columns and all(r - c != row - col for r, c in enumerate(columns)):
                place(columns + [col])

    place([])
    return sorted(boards)
