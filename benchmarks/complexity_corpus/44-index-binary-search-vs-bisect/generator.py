import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    # Sorted distinct values; the target is the one three quarters along.
    nums = sorted(rng.sample(range(10**12), n))
    return (nums, nums[(3 * n) // 4])
