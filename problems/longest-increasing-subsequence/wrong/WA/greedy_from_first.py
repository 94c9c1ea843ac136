# fails: test_bad_start, test_matches_reference
# Greedy: starts at the first element and takes every value larger than the last one taken.
def length_of_lis(nums: list[int]) -> int:
    if not nums:
        return 0
    count, last = 1, nums[0]
    for value in nums[1:]:
        if value > last:
            count, last = count + 1, value
    return count
