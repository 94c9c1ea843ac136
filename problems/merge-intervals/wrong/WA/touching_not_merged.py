# fails: test_examples, test_touching_intervals, test_large_input, test_matches_reference
# Treats intervals as overlapping only when the next one starts strictly before the group's end: [1, 2] and [2, 3] stay apart.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
