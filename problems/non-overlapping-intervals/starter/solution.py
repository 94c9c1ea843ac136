def erase_overlap_intervals(intervals: list[list[int]]) -> int:
    """The fewest intervals to remove so that the rest do not overlap."""
    raise NotImplementedError("write your solution here")
