# fails: test_empty_input
# Recursion on the rest of the list with a base case at one value, and []
# returned for an empty list: but the empty list has one permutation, [].
def permute(nums: list[int]) -> list[list[int]]:
    if not nums:
        return []
    if len(nums) == 1:
        return [nums[:]]
    found = []
    for i, value in enumerate(nums):
        for rest in permute(nums[:i] + nums[i + 1 :]):
            found.append([value] + rest)
    return found
