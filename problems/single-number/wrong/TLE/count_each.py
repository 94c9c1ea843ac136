# fails: test_large_input
# Correct but O(n^2): nums.count scans the whole list for every value.
def single_number(nums: list[int]) -> int:
    for value in nums:
        if nums.count(value) == 1:
            return value
    raise ValueError("no single value")
