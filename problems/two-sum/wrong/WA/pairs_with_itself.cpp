// fails: test_examples, test_matches_reference
// Stores each value before looking for its complement, so a value pairs with itself (3 + 3 = 6 at index 0 twice).
class Solution {
public:
    vector<int> twoSum(vector<int>& nums, int target) {
        unordered_map<int, int> seen;
        for (int j = 0; j < (int)nums.size(); ++j) {
            seen[nums[j]] = j;
            auto it = seen.find(target - nums[j]);
            if (it != seen.end()) return {it->second, j};
        }
        return {};
    }
};
