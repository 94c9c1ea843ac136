# fails: test_examples, test_one_zero, test_several_zeros, test_large_input, test_matches_reference
# Divides the product of everything by nums[i]: ZeroDivisionError as soon as nums holds a zero.
def product_except_self(nums: list[int]) -> list[int]:
    total = 1
    for value in nums:
        total *= value
    return [total // value for value in nums]
