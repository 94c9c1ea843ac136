# fails: test_longest_jump_is_a_trap, test_matches_reference
# Greedy the wrong way: always jumps as far as it can, which may land on a 0 that a shorter jump avoids.
def can_jump(nums: list[int]) -> bool:
    i = 0
    while i < len(nums) - 1:
        if nums[i] == 0:
            return False
        i += nums[i]
    return True
