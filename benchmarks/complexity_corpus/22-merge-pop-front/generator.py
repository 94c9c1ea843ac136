import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], list[int]]:
    # Two sorted runs of n/2 random values: the merge interleaves them.
    a = sorted(rng.randrange(10**9) for _ in range(n // 2))
    b = sorted(rng.randrange(10**9) for _ in range(n - n // 2))
    return (a, b)
