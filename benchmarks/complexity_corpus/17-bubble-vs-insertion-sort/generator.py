import random


def make_input(n: int, rng: random.Random) -> tuple[list[int]]:
    # Random order: sorted() on already-sorted input would be O(n).
    return ([rng.randrange(10**9) for _ in range(n)],)
