/**
 * Scans the grid; each land cell not yet seen starts a new island, whose
 * cells are all marked seen by a depth-first search with an explicit stack
 * (an island of 45,000 cells would overflow the call stack).  The grid is
 * left as it was.  O(rows * cols).
 * @param {character[][]} grid
 * @return {number}
 */
var numIslands = function (grid) {
    const rows = grid.length;
    const cols = rows === 0 ? 0 : grid[0].length;
    const seen = new Uint8Array(rows * cols);
    const steps = [[1, 0], [-1, 0], [0, 1], [0, -1]];
    let islands = 0;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            if (grid[r][c] !== "1" || seen[r * cols + c]) continue;
            islands++;
            seen[r * cols + c] = 1;
            const stack = [[r, c]];
            while (stack.length > 0) {
                const [y, x] = stack.pop();
                for (const [dy, dx] of steps) {
                    const ny = y + dy;
                    const nx = x + dx;
                    if (ny < 0 || ny >= rows || nx < 0 || nx >= cols) continue;
                    if (grid[ny][nx] !== "1" || seen[ny * cols + nx]) continue;
                    seen[ny * cols + nx] = 1;
                    stack.push([ny, nx]);
                }
            }
        }
    }
    return islands;
};
