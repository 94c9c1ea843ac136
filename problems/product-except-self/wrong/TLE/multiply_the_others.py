# fails: test_large_input
# Correct but O(n^2): multiplies the n - 1 other values for every position, 10**10 multiplications on the large input.
def product_except_self(nums: list[int]) -> list[int]:
    answer = []
    for i in range(len(nums)):
        product = 1
        for j, value in enumerate(nums):
            if j != i:
                product *= value
        answer.append(product)
    return answer
