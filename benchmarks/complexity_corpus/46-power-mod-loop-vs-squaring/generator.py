import random


def make_input(n: int, rng: random.Random) -> tuple[int, int, int]:
    # The size is the exponent; the numbers stay below 2^60.
    return (rng.randrange(2, 10**9), n, 10**9 + 7)
