import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    # Sorted distinct even values and an odd target: no pair, full pass.
    nums = sorted(rng.sample(range(0, 2**61, 2), n))
    return (nums, 2 * rng.randrange(2**59) + 1)
