def sort_list(nums: list[int]) -> list[int]:
    # Top-down merge sort in Python: n log2 n element moves.
    if len(nums) <= 1:
        return list(nums)
    mid = len(nums) // 2
    left = sort_list(nums[:mid])
    right = sort_list(nums[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged += left[i:]
    merged += right[j:]
    return merged
