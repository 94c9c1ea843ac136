# fails: test_large_input
# Correct but tries every subset: 2^40 of them on the large hidden input.
from itertools import combinations


def has_subset_sum(nums: list[int], k: int) -> bool:
    for size in range(1, len(nums) + 1):
        for subset in combinations(nums, size):
            if sum(subset) == k:
                return True
    return False
