# fails: test_biggest_house_is_a_trap, test_matches_reference
# Greedy: robs the richest house still allowed, then the next richest, and so on.
def rob(nums: list[int]) -> int:
    blocked = set()
    total = 0
    for i in sorted(range(len(nums)), key=lambda i: nums[i], reverse=True):
        if i not in blocked:
            total += nums[i]
            blocked |= {i - 1, i, i + 1}
    return total
