# fails: test_examples, test_same_color, test_large_input, test_matches_reference
# Textbook recursive fill, without the check for color == old colour: painted pixels still match, so it never stops (RecursionError).
def flood_fill(image: list[list[int]], sr: int, sc: int, color: int) -> list[list[int]]:
    old = image[sr][sc]

    def paint(r: int, c: int) -> None:
        if 0 <= r < len(image) and 0 <= c < len(image[0]) and image[r][c] == old:
            image[r][c] = color
            paint(r - 1, c)
            paint(r + 1, c)
            paint(r, c - 1)
            paint(r, c + 1)

    paint(sr, sc)
    return image
