import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    # n - 1 distinct even values, then one odd value: the only pair with the
    # (odd) target sum is (n - 2, n - 1), so nothing stops a scan early.
    evens = rng.sample(range(0, 2 * 10**9, 2), n - 1)
    odd = 2 * rng.randrange(10**9) + 1
    return ([*evens, odd], evens[-1] + odd)
