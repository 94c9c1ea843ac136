# fails: test_empty_input, test_zero_target, test_matches_reference
# Starts from the empty subset's sum 0, so k = 0 is always "reachable".
def has_subset_sum(nums: list[int], k: int) -> bool:
    reachable = {0}
    for value in nums:
        reachable |= {total + value for total in reachable}
    return k in reachable
