// fails: test_examples, test_winding_shapes, test_large_input, test_matches_reference
// The search only steps right and down, as if the scan had already seen everything up and to the
// left: a U-shaped island, met first at one arm, never reaches its other arm and counts twice.
class Solution {
public:
    int numIslands(vector<vector<string>>& grid) {
        int rows = grid.size(), cols = rows ? grid[0].size() : 0;
        vector<vector<bool>> seen(rows, vector<bool>(cols, false));
        int islands = 0;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < cols; ++c) {
                if (grid[r][c] != "1" || seen[r][c]) continue;
                ++islands;
                seen[r][c] = true;
                vector<pair<int, int>> stack{{r, c}};
                while (!stack.empty()) {
                    auto [y, x] = stack.back();
                    stack.pop_back();
                    for (auto [ny, nx] : {pair{y + 1, x}, pair{y, x + 1}}) {
                        if (ny >= rows || nx >= cols || grid[ny][nx] != "1" || seen[ny][nx]) continue;
                        seen[ny][nx] = true;
                        stack.emplace_back(ny, nx);
                    }
                }
            }
        }
        return islands;
    }
};
