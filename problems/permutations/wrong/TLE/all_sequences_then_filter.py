# fails: test_large_input
# Correct but slow: builds all n**n sequences of the values and keeps those
# with no value twice: 16,777,216 sequences for 40,320 permutations when n = 8.
from itertools import product


def permute(nums: list[int]) -> list[list[int]]:
    return [list(sequence) for sequence in product(nums, repeat=len(nums)) if len(set(sequence)) == len(nums)]
