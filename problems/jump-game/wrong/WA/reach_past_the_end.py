# fails: test_examples, test_exactly_to_the_end, test_matches_reference
# Off by one: asks whether the reach goes past the END of the list, not whether it reaches the last index.
def can_jump(nums: list[int]) -> bool:
    reach = 0
    for i, jump in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + jump)
    return reach >= len(nums)
