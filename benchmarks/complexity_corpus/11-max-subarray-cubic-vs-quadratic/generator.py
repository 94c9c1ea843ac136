import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    return ([rng.randint(-100, 100) for _ in range(n)],)
