// verdict: MLE
class Solution {
public:
    int solve(int n) {
        vector<vector<char>> hog;
        while (true) hog.emplace_back(16 << 20, 'x');  // touched: resident, not only reserved
        return n + 1;
    }
};
