def index_of(nums: list[int], target: int) -> int:
    # list.index: a linear scan in C, O(n) (target is always present here).
    return nums.index(target)
