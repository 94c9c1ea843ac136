# fails: test_duplicates, test_large_input, test_matches_reference
# Merges with `<` instead of `<=`: equal values are taken from the right run
# first and counted as inversions.
def count_inversions(nums: list[int]) -> int:
    items = list(nums)
    n = len(items)
    count = 0
    width = 1
    while width < n:
        merged = []
        for lo in range(0, n, 2 * width):
            left = items[lo : lo + width]
            right = items[lo + width : lo + 2 * width]
            i = j = 0
            while i < len(left) and j < len(right):
                if left[i] < right[j]:
                    merged.append(left[i])
                    i += 1
                else:
                    merged.append(right[j])
                    j += 1
                    count += len(left) - i
            merged += left[i:]
            merged += right[j:]
        items = merged
        width *= 2
    return count
