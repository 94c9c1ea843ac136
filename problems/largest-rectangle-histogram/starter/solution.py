def largest_rectangle_area(heights: list[int]) -> int:
    """The area of the largest rectangle inside the histogram."""
    return 0
