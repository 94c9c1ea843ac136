import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    return ([rng.randint(-(10**6), 10**6) for _ in range(n)],)
