# fails: test_examples, test_equal_values, test_matches_reference
# Patience sorting with bisect_right: an equal value extends the sequence, so it counts non-decreasing runs.
from bisect import bisect_right


def length_of_lis(nums: list[int]) -> int:
    tails = []
    for value in nums:
        k = bisect_right(tails, value)
        if k == len(tails):
            tails.append(value)
        else:
            tails[k] = value
    return len(tails)
