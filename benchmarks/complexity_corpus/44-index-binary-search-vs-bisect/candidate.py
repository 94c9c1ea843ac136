def index_of(nums: list[int], target: int) -> int:
    # Hand-written binary search for the first element >= target: O(log n).
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
