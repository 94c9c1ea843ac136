def is_sorted(nums: list[int]) -> bool:
    # sorted() of already-sorted input: Timsort finds one run, n - 1
    # comparisons plus a copy, O(n) (it would be O(n log n) on random input).
    return sorted(nums) == nums
