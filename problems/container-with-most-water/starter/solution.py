def max_area(height: list[int]) -> int:
    """The most water two of the lines can hold with the x-axis."""
    raise NotImplementedError("write your solution here")
