from bisect import bisect_right, insort


def count_inversions(nums: list[int]) -> int:
    # For each value, how many earlier values are greater, from a sorted list
    # of the earlier values.  bisect is O(log n), but insort shifts the tail
    # of the list (a memmove of up to n pointers): O(n^2) in total, with a
    # constant so small that it looks like O(n log n) until n is in the
    # thousands.
    seen: list[int] = []
    count = 0
    for value in nums:
        count += len(seen) - bisect_right(seen, value)
        insort(seen, value)
    return count
