# fails: test_one_queen, test_matches_reference
# Remembers that 2 and 3 queens have no solution and returns [] for every
# n < 4, forgetting that one queen alone on a 1 by 1 board is a solution.
def solve_n_queens(n: int) -> list[list[str]]:
    if n < 4:
        return []
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
    return sorted(boards)
