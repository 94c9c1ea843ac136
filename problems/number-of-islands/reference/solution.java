/**
 * Scans for land not yet seen and floods each island from there with an explicit stack of cell
 * indexes (a 45,000-cell snake costs no recursion); the grid is left as it was: O(rows * cols).
 */
class Solution {
    private static final int[][] STEPS = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};

    public int numIslands(String[][] grid) {
        int rows = grid.length;
        int cols = rows == 0 ? 0 : grid[0].length;
        boolean[] seen = new boolean[rows * cols];
        int[] stack = new int[rows * cols];
        int islands = 0;
        for (int start = 0; start < rows * cols; start++) {
            if (seen[start] || !isLand(grid, start / cols, start % cols)) continue;
            islands++;
            seen[start] = true;
            int size = 0;
            stack[size++] = start;
            while (size > 0) {
                int cell = stack[--size];
                for (int[] step : STEPS) {
                    int r = cell / cols + step[0];
                    int c = cell % cols + step[1];
                    if (r < 0 || r >= rows || c < 0 || c >= cols || seen[r * cols + c] || !isLand(grid, r, c)) continue;
                    seen[r * cols + c] = true;
                    stack[size++] = r * cols + c;
                }
            }
        }
        return islands;
    }

    private static boolean isLand(String[][] grid, int r, int c) {
        return grid[r][c].equals("1");
    }
}
