import random


def make_input(n: int, rng: random.Random) -> tuple[list[str]]:
    return (["abcdefgh"[rng.randrange(8)] * 4 for _ in range(n)],)
