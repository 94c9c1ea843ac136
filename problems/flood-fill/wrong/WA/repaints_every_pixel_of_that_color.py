# fails: test_examples, test_same_color_elsewhere, test_matches_reference
# Repaints every pixel of the start pixel's colour, connected to it or not.
def flood_fill(image: list[list[int]], sr: int, sc: int, color: int) -> list[list[int]]:
    old = image[sr][sc]
    return [[color if pixel == old else pixel for pixel in row] for row in image]
