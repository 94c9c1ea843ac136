// fails: test_input_unchanged
// Sorts and merges inside the caller's own vector (a common C++ trick): the test's list comes back merged.
class Solution {
public:
    vector<vector<int>> mergeIntervals(vector<vector<int>>& intervals) {
        sort(intervals.begin(), intervals.end());
        size_t kept = 0;
        for (size_t i = 0; i < intervals.size(); ++i) {
            if (kept > 0 && intervals[i][0] <= intervals[kept - 1][1]) intervals[kept - 1][1] = max(intervals[kept - 1][1], intervals[i][1]);
            else intervals[kept++] = intervals[i];
        }
        intervals.resize(kept);
        return intervals;
    }
};
