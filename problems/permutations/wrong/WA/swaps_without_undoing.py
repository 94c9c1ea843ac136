# fails: test_examples, test_negative_values, test_large_input, test_matches_reference
# Swap-based backtracking that never swaps back: later branches start from a
# scrambled list, so some permutations come twice and others never.
def permute(nums: list[int]) -> list[list[int]]:
    nums = list(nums)
    found = []

    def extend(start):
        if start == len(nums):
            found.append(nums[:])
            return
        for i in range(start, len(nums)):
            nums[start], nums[i] = nums[i], nums[start]
            extend(start + 1)

    extend(0)
    return found
