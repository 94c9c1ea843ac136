import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    # Sorted distinct even values and an odd target next to one of them:
    # absent, so the search always goes to the bottom.
    nums = sorted(rng.sample(range(0, 2 * 10**12, 2), n))
    return (nums, nums[rng.randrange(n)] + 1)
