# fails: test_large_input
# Correct but O(n^2): checks every pair, about 5 * 10**9 on the large input.
def count_inversions(nums: list[int]) -> int:
    count = 0
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] > nums[j]:
                count += 1
    return count
