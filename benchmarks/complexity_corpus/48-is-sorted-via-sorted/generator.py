import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    # Already sorted (with some repeats): the answer is True, both scan it all.
    return (sorted(rng.randrange(n) for _ in range(n)),)
