def flood_fill(image: list[list[int]], sr: int, sc: int, color: int) -> list[list[int]]:
    old = image[sr][sc]
    if old == color:
        return image  # nothing to paint; painting would not mark pixels as done
    rows, cols = len(image), len(image[0])
    # An explicit stack, not recursion: one region may hold 90,000 pixels.
    # Painting a pixel when it is pushed marks it done: it no longer has
    # the old colour, so it is never pushed twice.
    image[sr][sc] = color
    stack = [(sr, sc)]
    while stack:
        r, c = stack.pop()
        for y, x in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= y < rows and 0 <= x < cols and image[y][x] == old:
                image[y][x] = color
                stack.append((y, x))
    return image
