def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    # Keep as many intervals as possible: taking them by earliest end, keep
    # each one that starts at or after the last kept end.  The interval that
    # ends first leaves the most room for the rest, so keeping it is never
    # worse (the classic exchange argument).
    kept = 0
    last_end = None
    for start, end in sorted(intervals, key=lambda interval: interval[1]):
        if last_end is None or start >= last_end:  # touching is not overlapping
            kept += 1
            last_end = end
    return len(intervals) - kept
