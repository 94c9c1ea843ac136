// fails: test_large_input
// Correct but O(n^2): checks every pair.
class Solution {
public:
    long long countInversions(vector<long long>& nums) {
        long long count = 0;
        for (size_t i = 0; i < nums.size(); ++i)
            for (size_t j = i + 1; j < nums.size(); ++j)
                if (nums[i] > nums[j]) ++count;
        return count;
    }
};
