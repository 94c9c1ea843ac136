import random


def make_input(n: int, rng: random.Random) -> tuple[list[int], int]:
    # Small values (1..10) and an unreachable target (one more than the sum
    # of all of them): a brute force tries every subset.
    nums = [rng.randint(1, 10) for _ in range(n)]
    return (nums, sum(nums) + 1)
