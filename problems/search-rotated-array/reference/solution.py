def search_rotated(nums: list[int], target: int) -> int:
    # Of nums[lo..mid] and nums[mid..hi] at least one half is sorted (the
    # pivot sits in at most one of them): if target lies within the sorted
    # half's range it is there, otherwise it can only be in the other half.
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == target:
            return mid
        if nums[lo] <= nums[mid]:  # left half sorted (lo == mid counts)
            if nums[lo] <= target < nums[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        elif nums[mid] < target <= nums[hi]:  # right half sorted
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
