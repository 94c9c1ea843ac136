def contains(nums: list[int], target: int) -> bool:
    # Binary search that recurses on slices: each slice copies half of what
    # is left, n/2 + n/4 + ... = O(n) in total, not O(log n).
    if not nums:
        return False
    mid = len(nums) // 2
    if nums[mid] == target:
        return True
    if nums[mid] < target:
        return contains(nums[mid + 1 :], target)
    return contains(nums[:mid], target)
