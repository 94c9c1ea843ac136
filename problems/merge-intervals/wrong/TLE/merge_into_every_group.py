# fails: test_large_input
# Correct but O(n^2): checks each interval against every group built so far; with nothing to merge, n^2 / 2 checks.
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    groups: list[list[int]] = []
    for start, end in intervals:
        kept = []
        for group in groups:
            if group[0] <= end and start <= group[1]:
                start, end = min(start, group[0]), max(end, group[1])
            else:
                kept.append(group)
        kept.append([start, end])
        groups = kept
    return sorted(groups)
