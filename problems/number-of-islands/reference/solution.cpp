// Each land cell not yet reached starts a new island, flooded breadth-first
// with a queue: no recursion, so a 90,000-cell island needs no deep stack.
// Reached cells are marked in a vector of our own, leaving the caller's grid
// as it was. O(rows * cols).
class Solution {
public:
    int numIslands(vector<vector<string>>& grid) {
        int rows = grid.size(), cols = rows ? grid[0].size() : 0;
        vector<vector<bool>> reached(rows, vector<bool>(cols, false));
        const int steps[4][2] = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        int islands = 0;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                if (grid[r][c] != "1" || reached[r][c]) continue;
                ++islands;
                reached[r][c] = true;
                queue<pair<int, int>> frontier;
                frontier.emplace(r, c);
                while (!frontier.empty()) {
                    auto [y, x] = frontier.front();
                    frontier.pop();
                    for (const auto& step : steps) {
                        int ny = y + step[0], nx = x + step[1];
                        if (ny < 0 || ny >= rows || nx < 0 || nx >= cols) continue;
                        if (grid[ny][nx] != "1" || reached[ny][nx]) continue;
                        reached[ny][nx] = true;
                        frontier.emplace(ny, nx);
                    }
                }
            }
        }
        return islands;
    }
};
