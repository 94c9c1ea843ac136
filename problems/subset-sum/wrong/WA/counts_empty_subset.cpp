// fails: test_zero_target, test_matches_reference
// Starts from the empty subset's sum 0, so k = 0 is always reachable.
class Solution {
public:
    bool hasSubsetSum(vector<long long>& nums, long long k) {
        unordered_set<long long> reachable{0};
        for (long long value : nums) {
            vector<long long> grown;
            for (long long total : reachable) grown.push_back(total + value);
            reachable.insert(grown.begin(), grown.end());
        }
        return reachable.count(k) > 0;
    }
};
