def rank(nums: list[int]) -> int:
    # The position of the smallest value, found by sorting all positions.
    idx = list(range(len(nums)))
    idx.sort(key=lambda i: nums[i])
    return idx[0]
