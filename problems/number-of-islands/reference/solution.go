// Copies the grid into one flat slice of cells (the caller's grid is left as
// it was, and the flood reads one small array), then each land cell not yet
// reached starts a new island, flooded with an explicit stack: no recursion,
// so a 90,000-cell island needs no deep stack. O(rows * cols).
func numIslands(grid [][]string) int {
	if len(grid) == 0 {
		return 0
	}
	rows, cols := len(grid), len(grid[0])
	land := make([]bool, rows*cols) // true until the cell is reached
	for r, row := range grid {
		for c, cell := range row {
			land[r*cols+c] = cell == "1"
		}
	}
	islands := 0
	stack := []int{}
	for start := range land {
		if !land[start] {
			continue
		}
		islands++
		land[start] = false
		stack = append(stack[:0], start)
		for len(stack) > 0 {
			at := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			r, c := at/cols, at%cols
			for _, next := range [4]int{at - cols, at + cols, at - 1, at + 1} {
				inside := (next == at-cols && r > 0) || (next == at+cols && r < rows-1) ||
					(next == at-1 && c > 0) || (next == at+1 && c < cols-1)
				if inside && land[next] {
					land[next] = false
					stack = append(stack, next)
				}
			}
		}
	}
	return islands
}
