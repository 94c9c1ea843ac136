# fails: test_one_long_interval, test_large_input, test_matches_reference
# Sorts by start and, on an overlap, keeps the interval that started first: a long early interval then pushes out many short ones.
def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    removed = 0
    last_end = None
    for start, end in sorted(intervals):
        if last_end is not None and start < last_end:
            removed += 1
        else:
            last_end = end
    return removed
