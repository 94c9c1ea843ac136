// fails: test_examples, test_diagonal_neighbours, test_large_input, test_matches_reference
// Explores all 8 neighbours: land touching only at a corner is joined into one island.
class Solution {
public:
    int numIslands(vector<vector<string>>& grid) {
        int rows = grid.size(), cols = rows ? grid[0].size() : 0;
        int islands = 0;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                if (grid[r][c] != "1") continue;
                ++islands;
                grid[r][c] = "0";
                vector<pair<int, int>> stack{{r, c}};
                while (!stack.empty()) {
                    auto [y, x] = stack.back();
                    stack.pop_back();
                    for (int dy = -1; dy <= 1; ++dy) {
                        for (int dx = -1; dx <= 1; ++dx) {
                            int ny = y + dy, nx = x + dx;
                            if (ny < 0 || ny >= rows || nx < 0 || nx >= cols || grid[ny][nx] != "1") continue;
                            grid[ny][nx] = "0";
                            stack.emplace_back(ny, nx);
                        }
                    }
                }
            }
        }
        return islands;
    }
};
