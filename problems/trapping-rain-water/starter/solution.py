def trap(height: list[int]) -> int:
    """Units of rain water trapped between the bars."""
    raise NotImplementedError("write your solution here")
