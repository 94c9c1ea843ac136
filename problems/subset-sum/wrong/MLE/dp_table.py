# fails: test_large_values, test_negative_numbers
# The textbook table dp[0..k]: k + 1 cells is too much memory for k = 10**18,
# and negative values or k index outside the table.
def has_subset_sum(nums: list[int], k: int) -> bool:
    dp = [False] * (k + 1)  # dp[s]: some subset sums to s
    dp[0] = True
    for value in nums:
        for s in range(k, value - 1, -1):
            if dp[s - value]:
                dp[s] = True
    return dp[k]
