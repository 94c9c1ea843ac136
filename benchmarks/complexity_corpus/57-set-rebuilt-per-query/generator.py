import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], list[int]]:
    return [rng.randrange(-n, n) for _ in range(n)], [rng.randrange(n) for _ in range(n)]
