// fails: test_examples, test_single_cell, test_all_water_or_all_land, test_single_row_or_column, test_large_input, test_matches_reference
// Compares each cell with == "1", which asks whether it is the same String object as the
// literal, not whether it reads "1": the grid's strings are built at run time, so no cell
// ever counts as land and every grid has 0 islands.
class Solution {
    public int numIslands(String[][] grid) {
        int count = 0;
        for (int r = 0; r < grid.length; r++) {
            for (int c = 0; c < grid[r].length; c++) {
                if (grid[r][c] == "1") {
                    count++;
                    sink(grid, r, c);
                }
            }
        }
        return count;
    }

    private void sink(String[][] grid, int r, int c) {
        if (r < 0 || r >= grid.length || c < 0 || c >= grid[r].length || grid[r][c] != "1") return;
        grid[r][c] = "0";
        sink(grid, r + 1, c);
        sink(grid, r - 1, c);
        sink(grid, r, c + 1);
        sink(grid, r, c - 1);
    }
}
