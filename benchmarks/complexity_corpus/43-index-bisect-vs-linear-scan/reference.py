def index_of(nums: list[int], target: int) -> int:
    # Linear scan in Python: O(n).
    for i, x in enumerate(nums):
        if x >= target:
            return i
    return len(nums)
