# fails: test_examples, test_nested_intervals, test_matches_reference
# Sets the group's end to the new interval's end instead of the larger of the two: an interval nested inside the group shrinks it.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = end
        else:
            merged.append([start, end])
    return merged
