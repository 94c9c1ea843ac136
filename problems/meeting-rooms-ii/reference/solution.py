import heapq


def min_meeting_rooms(intervals: list[list[int]]) -> int:
    # Meetings in order of start; the heap holds the end time of every room
    # in use.  If the room that frees up first is free by this start
    # (end <= start: half-open), this meeting takes it over.
    ends: list[int] = []
    for start, end in sorted(intervals):
        if ends and ends[0] <= start:
            heapq.heapreplace(ends, end)
        else:
            heapq.heappush(ends, end)
    return len(ends)
