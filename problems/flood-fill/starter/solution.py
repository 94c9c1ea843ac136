def flood_fill(image: list[list[int]], sr: int, sc: int, color: int) -> list[list[int]]:
    """The image with the start pixel's region (4-connected, same colour) painted `color`."""
    return image
