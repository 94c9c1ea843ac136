def solve(n: int) -> int:
    raise NotImplementedError
