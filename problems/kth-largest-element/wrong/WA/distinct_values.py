# fails: test_examples, test_duplicates_count, test_matches_reference
# Removes duplicates first: returns the k-th largest DISTINCT value.
import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    distinct = list(set(nums))
    return heapq.nlargest(k, distinct)[-1]
