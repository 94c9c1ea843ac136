def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    """The merged intervals, sorted by start; touching intervals merge."""
    raise NotImplementedError("write your solution here")
