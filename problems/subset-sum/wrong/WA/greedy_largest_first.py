# fails: test_not_greedy, test_matches_reference
# Greedy: takes each value, largest first, while the total stays <= k.
def has_subset_sum(nums: list[int], k: int) -> bool:
    total = 0
    for value in sorted(nums, reverse=True):
        if total + value <= k:
            total += value
            if total == k:
                return True
    return False
