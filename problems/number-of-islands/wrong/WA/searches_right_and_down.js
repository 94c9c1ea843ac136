// fails: test_examples, test_winding_shapes, test_large_input, test_matches_reference
// The search only steps right and down, as if the scan had already seen everything up and to the
// left: a U-shaped island, met first at one arm, never reaches its other arm and counts twice.
var numIslands = function (grid) {
    const rows = grid.length;
    const cols = rows === 0 ? 0 : grid[0].length;
    const seen = new Uint8Array(rows * cols);
    let islands = 0;
    for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
            if (grid[r][c] !== "1" || seen[r * cols + c]) continue;
            islands++;
            seen[r * cols + c] = 1;
            const stack = [[r, c]];
            while (stack.length > 0) {
                const [y, x] = stack.pop();
                for (const [ny, nx] of [[y + 1, x], [y, x + 1]]) {
                    if (ny >= rows || nx >= cols || grid[ny][nx] !== "1" || seen[ny * cols + nx]) continue;
                    seen[ny * cols + nx] = 1;
                    stack.push([ny, nx]);
                }
            }
        }
    }
    return islands;
};
