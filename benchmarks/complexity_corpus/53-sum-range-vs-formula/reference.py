def triangle(n: int) -> int:
    return n * (n + 1) // 2
