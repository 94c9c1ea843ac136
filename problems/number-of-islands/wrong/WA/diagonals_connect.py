# fails: test_examples, test_diagonal_neighbours, test_matches_reference
# Explores all 8 neighbours: land touching only at a corner is joined into one island.
def num_islands(grid: list[list[str]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != "1" or (r, c) in seen:
                continue
            islands += 1
            seen.add((r, c))
            stack = [(r, c)]
            while stack:
                i, j = stack.pop()
                for dy in (-1, 0, 1):
                    for dx in (-1, 0, 1):
                        y, x = i + dy, j + dx
                        if 0 <= y < rows and 0 <= x < cols and (y, x) not in seen and grid[y][x] == "1":
                            seen.add((y, x))
                            stack.append((y, x))
    return islands
