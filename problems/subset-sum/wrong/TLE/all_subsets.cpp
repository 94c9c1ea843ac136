// fails: test_large_input
// Tries every subset by bitmask: 2^n sums, far too many for n = 40.
class Solution {
public:
    bool hasSubsetSum(vector<long long>& nums, long long k) {
        size_t n = nums.size();
        for (unsigned long long mask = 1; mask < (1ULL << n); ++mask) {
            long long total = 0;
            for (size_t i = 0; i < n; ++i)
                if (mask >> i & 1) total += nums[i];
            if (total == k) return true;
        }
        return false;
    }
};
