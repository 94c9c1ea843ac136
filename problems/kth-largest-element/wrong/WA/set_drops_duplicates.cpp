// fails: test_examples, test_duplicates_count, test_matches_reference
// Keeps the k largest in a set<long long> rather than a multiset: equal values collapse into one,
// so it returns the k-th largest DISTINCT value.
class Solution {
public:
    long long findKthLargest(vector<long long>& nums, int k) {
        set<long long> largest;
        for (long long num : nums) {
            largest.insert(num);
            if ((int)largest.size() > k) largest.erase(largest.begin());
        }
        return *largest.begin();
    }
};
