import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    # n draws from a pool of n/2 random 40-bit ints: large, scattered hash keys.
    pool = [rng.randrange(2**40) for _ in range(n // 2 + 1)]
    return ([rng.choice(pool) for _ in range(n)],)
