import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    # Values in [0, 2n): about 79% of them distinct.
    return ([rng.randrange(2 * n) for _ in range(n)],)
