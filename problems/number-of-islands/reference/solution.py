def num_islands(grid: list[list[str]]) -> int:
    # Flood each unseen land cell's island with an explicit stack: a recursive
    # search would overflow Python's stack on a 300 x 300 island.
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or seen[r][c]:
                continue
            islands += 1
            seen[r][c] = True
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                for y, x in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= y < rows and 0 <= x < cols and not seen[y][x] and grid[y][x] == "1":
                        seen[y][x] = True
                        stack.append((y, x))
    return islands
