def num_islands(grid: list[list[str]]) -> int:
    """The number of groups of "1" cells connected up, down, left or right."""
    return 0
