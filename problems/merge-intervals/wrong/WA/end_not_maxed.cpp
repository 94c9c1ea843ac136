// fails: test_examples, test_nested_intervals, test_matches_reference
// Takes the next interval's end when merging, even when the current one reaches further.
class Solution {
public:
    vector<vector<int>> mergeIntervals(vector<vector<int>>& intervals) {
        vector<vector<int>> sorted(intervals);
        sort(sorted.begin(), sorted.end());
        vector<vector<int>> merged;
        for (const auto& interval : sorted) {
            if (!merged.empty() && interval[0] <= merged.back()[1]) merged.back()[1] = interval[1];
            else merged.push_back(interval);
        }
        return merged;
    }
};
