# fails: test_large_input
# Correct but slow: tries all n! ways to give each row its own column and
# checks every pair of queens for a shared diagonal, with no pruning.
from itertools import combinations, permutations


def solve_n_queens(n: int) -> list[list[str]]:
    boards = []
    for columns in permutations(range(n)):
        if all(abs(columns[a] - columns[b]) != b - a for a, b in combinations(range(n), 2)):
            boards.append(["." * c + "Q" + "." * (n - c - 1) for c in columns])
    return sorted(boards)
