def triangle(n: int) -> int:
    return sum(range(n + 1))
