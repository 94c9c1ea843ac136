def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    # After sorting by start, an interval overlaps the group being built
    # exactly when it starts at or before that group's end.
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])  # a new list: the input stays as it was
    return merged
