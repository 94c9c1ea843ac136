# fails: test_unsorted_input, test_large_input, test_matches_reference
# Right heap, but takes the meetings in the order given: a later-starting meeting seen first blocks a room it should not.
import heapq


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    ends: list[int] = []
    for start, end in intervals:
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
