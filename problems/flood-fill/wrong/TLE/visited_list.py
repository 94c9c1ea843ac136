# fails: test_large_input
# Correct, but remembers visited pixels in a list: each `in` check scans it, O((rows * cols)^2) in all.
def flood_fill(image: list[list[int]], sr: int, sc: int, color: int) -> list[list[int]]:
    old = image[sr][sc]
    visited = [(sr, sc)]
    stack = [(sr, sc)]
    while stack:
        r, c = stack.pop()
        image[r][c] = color
        for y, x in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
            if 0 <= y < len(image) and 0 <= x < len(image[0]) and image[y][x] == old and (y, x) not in visited:
                visited.append((y, x))
                stack.append((y, x))
    return image
