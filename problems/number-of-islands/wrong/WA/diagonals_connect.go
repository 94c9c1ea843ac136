// fails: test_examples, test_diagonal_neighbours, test_matches_reference
// Explores all 8 neighbours: land touching only at a corner is joined into one island.
func numIslands(grid [][]string) int {
	rows := len(grid)
	islands := 0
	var sink func(r, c int)
	sink = func(r, c int) {
		if r < 0 || r >= rows || c < 0 || c >= len(grid[r]) || grid[r][c] != "1" {
			return
		}
		grid[r][c] = "0"
		for dr := -1; dr <= 1; dr++ {
			for dc := -1; dc <= 1; dc++ {
				sink(r+dr, c+dc)
			}
		}
	}
	for r := 0; r < rows; r++ {
		for c := range grid[r] {
			if grid[r][c] == "1" {
				islands++
				sink(r, c)
			}
		}
	}
	return islands
}
