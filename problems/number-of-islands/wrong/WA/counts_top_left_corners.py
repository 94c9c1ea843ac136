# fails: test_winding_shapes, test_matches_reference
# No search: counts land cells with water above and to the left, which counts a U or a ring more than once.
def num_islands(grid: list[list[str]]) -> int:
    islands = 0
    for r, row in enumerate(grid):
        for c, cell in enumerate(row):
            up = grid[r - 1][c] if r > 0 else "0"
            left = row[c - 1] if c > 0 else "0"
            if cell == "1" and up == "0" and left == "0":
                islands += 1
    return islands
