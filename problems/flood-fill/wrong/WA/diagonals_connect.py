# fails: test_examples, test_diagonal_pixels, test_matches_reference
# Spreads to all 8 neighbours: pixels that touch only at a corner get painted too.
def flood_fill(image: list[list[int]], sr: int, sc: int, color: int) -> list[list[int]]:
    old = image[sr][sc]
    if old == color:
        return image
    image[sr][sc] = color
    stack = [(sr, sc)]
    while stack:
        r, c = stack.pop()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                y, x = r + dy, c + dx
                if 0 <= y < len(image) and 0 <= x < len(image[0]) and image[y][x] == old:
                    image[y][x] = color
                    stack.append((y, x))
    return image
