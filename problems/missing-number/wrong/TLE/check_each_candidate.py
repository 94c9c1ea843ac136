# fails: test_large_input
# Correct but O(n^2): `candidate not in nums` scans the list for every candidate.
def missing_number(nums: list[int]) -> int:
    for candidate in range(len(nums) + 1):
        if candidate not in nums:
            return candidate
    raise ValueError("nothing is missing")
