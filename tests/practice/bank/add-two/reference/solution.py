def add_two(x: int) -> int:
    return x + 2
