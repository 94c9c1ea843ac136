# fails: test_examples, test_duplicates, test_matches_reference
# Skips a first value when the NEXT one is equal, not the previous: [-1, -1, 2] is lost because the first -1 never gets its turn.
def three_sum(nums: list[int]) -> list[list[int]]:
    nums = sorted(nums)
    n = len(nums)
    triplets: list[list[int]] = []
    for i in range(n - 2):
        if i + 1 < n and nums[i] == nums[i + 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = nums[i] + nums[lo] + nums[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                triplets.append([nums[i], nums[lo], nums[hi]])
                lo += 1
                hi -= 1
                while lo < hi and nums[lo] == nums[lo - 1]:
                    lo += 1
    return triplets
