import random


def make_input(n: int, rng: random.Random) -> tuple[int]:
    # The size is the argument itself.
    return (n,)
