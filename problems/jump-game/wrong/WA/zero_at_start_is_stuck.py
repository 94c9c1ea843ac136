# fails: test_examples, test_single_element, test_matches_reference
# Returns False as soon as nums[0] is 0, even for [0], where the start is already the last index.
def can_jump(nums: list[int]) -> bool:
    if nums[0] == 0:
        return False
    reach = 0
    for i, jump in enumerate(nums):
        if i > reach:
            return False
        reach = max(reach, i + jump)
    return True
