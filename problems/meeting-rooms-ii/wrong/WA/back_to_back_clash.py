# fails: test_examples, test_back_to_back, test_large_input, test_matches_reference
# Frees a room only when it ended strictly before the next start (<, not <=): meetings back to back take two rooms.
import heapq


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    ends: list[int] = []
    for start, end in sorted(intervals):
        if ends and ends[0] < start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
