import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], list[int]]:
    # Both lists from [0, 2n): roughly 40% of a is missing from b, so those
    # lookups scan all of b.
    a = [rng.randrange(2 * n) for _ in range(n)]
    b = [rng.randrange(2 * n) for _ in range(n)]
    return (a, b)
