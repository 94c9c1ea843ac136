# fails: test_examples, test_not_contiguous, test_matches_reference
# Finds the longest run of increasing NEIGHBOURS: a substring, not a subsequence.
def length_of_lis(nums: list[int]) -> int:
    best = run = 0
    for i, value in enumerate(nums):
        run = run + 1 if i > 0 and nums[i - 1] < value else 1
        best = max(best, run)
    return best
