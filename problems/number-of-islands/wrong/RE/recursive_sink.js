// fails: test_large_input
// Sinks each island by recursion, the textbook way: right, but the 300 x 300 snake is one path
// of 45,000 cells, and the call stack runs out (RangeError) long before its end.
var numIslands = function (grid) {
    const sink = (r, c) => {
        if (r < 0 || r >= grid.length || c < 0 || c >= grid[r].length || grid[r][c] !== "1") return;
        grid[r][c] = "0";
        sink(r + 1, c);
        sink(r - 1, c);
        sink(r, c + 1);
        sink(r, c - 1);
    };
    let islands = 0;
    for (let r = 0; r < grid.length; r++) {
        for (let c = 0; c < grid[r].length; c++) {
            if (grid[r][c] === "1") {
                islands++;
                sink(r, c);
            }
        }
    }
    return islands;
};
