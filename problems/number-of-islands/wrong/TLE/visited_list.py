# fails: test_large_input
# Correct, but keeps visited cells in a list: each `in` check scans it, O((rows * cols)^2) in all.
def num_islands(grid: list[list[str]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    visited = []
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in visited:
                continue
            islands += 1
            visited.append((r, c))
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                for y, x in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= y < rows and 0 <= x < cols and grid[y][x] == "1" and (y, x) not in visited:
                        visited.append((y, x))
                        stack.append((y, x))
    return islands
