# fails: test_examples, test_single_element, test_missing_largest, test_matches_reference
# Sorts a copy and returns the first index whose value is off, but forgets the
# case where nothing is off: then n itself is missing.
def missing_number(nums: list[int]) -> int:
    for i, value in enumerate(sorted(nums)):
        if value != i:
            return i
    return -1
