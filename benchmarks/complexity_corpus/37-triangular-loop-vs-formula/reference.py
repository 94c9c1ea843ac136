def triangular(n: int) -> int:
    # Gauss: O(1) (the numbers stay word-sized here).
    return n * (n + 1) // 2
