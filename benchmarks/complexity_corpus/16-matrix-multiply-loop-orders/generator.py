import random


def make_input(n: int, rng: random.Random) -> tuple[list[list[int]], list[list[int]]]:
    # Two n x n matrices: n is the dimension, the input has 2n^2 numbers.
    a = [[rng.randint(-9, 9) for _ in range(n)] for _ in range(n)]
    b = [[rng.randint(-9, 9) for _ in range(n)] for _ in range(n)]
    return (a, b)
