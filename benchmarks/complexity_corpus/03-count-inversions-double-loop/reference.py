def count_inversions(nums: list[int]) -> int:
    # Bottom-up merge sort (the bank's reference): O(n log n).  When the merge
    # takes right[j] while left[i:] is still waiting, right[j] is smaller than
    # all of left[i:]: that is len(left) - i inversions at once.
    items = list(nums)
    n = len(items)
    count = 0
    width = 1
    while width < n:
        merged = []
        for lo in range(0, n, 2 * width):
            left = items[lo : lo + width]
            right = items[lo + width : lo + 2 * width]
            n_left, n_right = len(left), len(right)
            i = j = 0
            while i < n_left and j < n_right:
                if left[i] <= right[j]:
                    merged.append(left[i])
                    i += 1
                else:
                    merged.append(right[j])
                    j += 1
                    count += n_left - i
            merged += left[i:]
            merged += right[j:]
        items = merged
        width *= 2
    return count
