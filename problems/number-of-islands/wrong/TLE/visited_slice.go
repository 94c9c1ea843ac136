// fails: test_large_input
// Correct, but keeps the visited cells in a slice and scans it for each neighbour: O((rows * cols)^2) in all.
func numIslands(grid [][]string) int {
	visited := [][2]int{}
	seen := func(r, c int) bool {
		for _, cell := range visited {
			if cell[0] == r && cell[1] == c {
				return true
			}
		}
		return false
	}
	islands := 0
	for r := range grid {
		for c := range grid[r] {
			if grid[r][c] != "1" || seen(r, c) {
				continue
			}
			islands++
			visited = append(visited, [2]int{r, c})
			queue := [][2]int{{r, c}}
			for len(queue) > 0 {
				cell := queue[0]
				queue = queue[1:]
				for _, step := range [][2]int{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					nr, nc := cell[0]+step[0], cell[1]+step[1]
					if nr >= 0 && nr < len(grid) && nc >= 0 && nc < len(grid[nr]) && grid[nr][nc] == "1" && !seen(nr, nc) {
						visited = append(visited, [2]int{nr, nc})
						queue = append(queue, [2]int{nr, nc})
					}
				}
			}
		}
	}
	return islands
}
