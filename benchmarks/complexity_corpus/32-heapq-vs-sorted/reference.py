def sort_list(nums: list[int]) -> list[int]:
    # Timsort in C: O(n log n) on random input.
    return sorted(nums)
