# fails: test_input_unchanged
# Right answer, but sorts the caller's list in place and grows the caller's own interval lists while merging.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    intervals.sort()
    merged: list[list[int]] = []
    for interval in intervals:
        if merged and interval[0] <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], interval[1])
        else:
            merged.append(interval)
    return merged
