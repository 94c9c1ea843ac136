# fails: test_examples, test_sorted_and_reversed, test_matches_reference
# Textbook recursive merge sort with inclusive bounds, but counts mid - i
# instead of mid - i + 1 when right[j] jumps ahead: one pair short each time.
def count_inversions(nums: list[int]) -> int:
    items = list(nums)
    return sort_count(items, 0, len(items) - 1)


def sort_count(a: list[int], lo: int, hi: int) -> int:
    """Sorts a[lo..hi] (inclusive) and returns its inversions."""
    if lo >= hi:
        return 0
    mid = (lo + hi) // 2
    count = sort_count(a, lo, mid) + sort_count(a, mid + 1, hi)
    merged = []
    i, j = lo, mid + 1
    while i <= mid and j <= hi:
        if a[i] <= a[j]:
            merged.append(a[i])
            i += 1
        else:
            merged.append(a[j])
            j += 1
            count += mid - i  # a[i..mid] are all > a[j]: that is mid - i + 1
    merged += a[i : mid + 1]
    merged += a[j : hi + 1]
    a[lo : hi + 1] = merged
    return count
