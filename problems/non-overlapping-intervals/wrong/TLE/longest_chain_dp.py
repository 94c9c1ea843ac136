# fails: test_large_input
# Correct but O(n^2): the longest chain of non-overlapping intervals by dynamic programming over every earlier interval.
def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    ordered = sorted(intervals)
    chain = [1] * len(ordered)  # chain[i]: the longest chain ending with interval i
    for i, (start, _) in enumerate(ordered):
        for j in range(i):
            if ordered[j][1] <= start and chain[j] + 1 > chain[i]:
                chain[i] = chain[j] + 1
    return len(ordered) - max(chain, default=0)
