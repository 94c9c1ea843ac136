def two_sum(nums: list[int], target: int) -> list[int]:
    # Every pair (i, j): O(n^2) when the only pair is the last one.
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return [i, j]
    return []
