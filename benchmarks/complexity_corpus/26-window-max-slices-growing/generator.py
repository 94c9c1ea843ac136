import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    # The window grows with n (k = n/4): (3n/4) windows of n/4 elements.
    return ([rng.randrange(10**9) for _ in range(n)], max(1, n // 4))
