import random


def make_input(n: int, rng: random.Random) -> tuple[int]:
    return (n,)
