def solve_n_queens(n: int) -> list[list[str]]:
    """Every placement of n non-attacking queens, as rows of '.' and 'Q', sorted."""
    return []
