# fails: test_input_unchanged
# The right answer, but nums.sort() reorders the caller's list.
def missing_number(nums: list[int]) -> int:
    nums.sort()
    for i, value in enumerate(nums):
        if value != i:
            return i
    return len(nums)
