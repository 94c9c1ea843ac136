# fails: test_several_zeros, test_matches_reference
# Handles a zero by multiplying the other values, but forgets that with two zeros even a zero's own answer is 0.
def product_except_self(nums: list[int]) -> list[int]:
    nonzero = 1
    for value in nums:
        if value != 0:
            nonzero *= value
    if 0 not in nums:
        return [nonzero // value for value in nums]
    return [nonzero if value == 0 else 0 for value in nums]
