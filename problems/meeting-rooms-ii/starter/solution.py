def min_meeting_rooms(intervals: list[list[int]]) -> int:
    """The fewest rooms that hold every half-open meeting [start, end)."""
    raise NotImplementedError("write your solution here")
