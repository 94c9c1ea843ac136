import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    # A fixed window of 8: O(n * k) is O(n).
    return ([rng.randrange(10**9) for _ in range(n)], min(8, n))
