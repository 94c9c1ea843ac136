# fails: test_examples, test_touching_intervals, test_large_input, test_matches_reference
# Greedy by end, but keeps an interval only if it starts strictly after the last kept end: touching intervals are removed.
def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    kept = 0
    last_end = None
    for start, end in sorted(intervals, key=lambda interval: interval[1]):
        if last_end is None or start > last_end:
            kept += 1
            last_end = end
    return len(intervals) - kept
