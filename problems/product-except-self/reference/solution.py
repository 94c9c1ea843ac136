def product_except_self(nums: list[int]) -> list[int]:
    # answer[i] = (product of nums[:i]) * (product of nums[i + 1:]): one pass
    # left to right for the first factor, one right to left for the second.
    answer = [1] * len(nums)
    before = 1
    for i, value in enumerate(nums):
        answer[i] = before
        before *= value
    after = 1
    for i in range(len(nums) - 1, -1, -1):
        answer[i] *= after
        after *= nums[i]
    return answer
