// verdict: RE
class Solution {
public:
    int solve(int n) {
        vector<int> empty;
        return empty.at(n + 10);  // std::out_of_range: the test sees an IndexError
    }
};
