def has_duplicate(nums: list[int]) -> bool:
    # Merge sort in Python, then compare neighbours: O(n log n).
    def merge_sort(items: list[int]) -> list[int]:
        if len(items) <= 1:
            return items
        mid = len(items) // 2
        left, right = merge_sort(items[:mid]), merge_sort(items[mid:])
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

    ordered = merge_sort(list(nums))
    for i in range(1, len(ordered)):  # noqa: SIM110 (an explicit loop, as written)
        if ordered[i - 1] == ordered[i]:
            return True
    return False
