# fails: test_examples, test_two_elements, test_one_zero, test_negative_numbers, test_matches_reference
# Updates the running product before storing it, so answer[i] includes nums[i] on the left pass.
def product_except_self(nums: list[int]) -> list[int]:
    answer = [1] * len(nums)
    before = 1
    for i, value in enumerate(nums):
        before *= value
        answer[i] = before
    after = 1
    for i in range(len(nums) - 1, -1, -1):
        answer[i] *= after
        after *= nums[i]
    return answer
