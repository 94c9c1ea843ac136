import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    # n distinct random 60-bit ints in random order: no duplicate, full pass.
    return (rng.sample(range(2**60), n),)
