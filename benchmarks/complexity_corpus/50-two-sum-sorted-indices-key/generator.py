import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    # All even, an odd target: no pair, so both sides look at everything.
    return [rng.randrange(10**9) * 2 for _ in range(n)], 1
