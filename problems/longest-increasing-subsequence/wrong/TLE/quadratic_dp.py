# fails: test_large_input
# The classic DP: for each element, the best subsequence ending at any smaller earlier element. Correct, but O(n^2).
def length_of_lis(nums: list[int]) -> int:
    best = [1] * len(nums)  # best[i]: the longest increasing subsequence ending at nums[i]
    for i in range(len(nums)):
        for j in range(i):
            if nums[j] < nums[i] and best[j] + 1 > best[i]:
                best[i] = best[j] + 1
    return max(best, default=0)
