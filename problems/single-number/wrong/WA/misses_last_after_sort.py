# fails: test_examples, test_single_element, test_single_at_either_end, test_matches_reference
# Sorts and compares pairs, but the loop never reaches a single value sorted last.
def single_number(nums: list[int]) -> int:
    ordered = sorted(nums)
    for i in range(0, len(ordered) - 1, 2):
        if ordered[i] != ordered[i + 1]:
            return ordered[i]
    return 0
