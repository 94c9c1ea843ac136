import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    # Distinct values: no repeat, so both scan everything.
    return (rng.sample(range(10 * n), n),)
