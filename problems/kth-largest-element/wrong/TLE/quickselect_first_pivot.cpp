// fails: test_large_input
// Quickselect with the first element as pivot: on sorted input each pass peels off one value, O(n^2).
class Solution {
public:
    long long findKthLargest(vector<long long>& nums, int k) {
        int want = (int)nums.size() - k;  // the index the answer has in ascending order
        int low = 0, high = (int)nums.size() - 1;
        while (true) {
            long long pivot = nums[low];
            int store = low;
            for (int i = low + 1; i <= high; ++i)
                if (nums[i] < pivot) swap(nums[++store], nums[i]);
            swap(nums[low], nums[store]);
            if (store == want) return nums[store];
            if (store < want) low = store + 1;
            else high = store - 1;
        }
    }
};
