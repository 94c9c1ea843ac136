// A min-heap of the k largest values seen so far: its top is the k-th
// largest. O(n log k). (Values are long long: they reach 10**18.)
class Solution {
public:
    long long findKthLargest(vector<long long>& nums, int k) {
        priority_queue<long long, vector<long long>, greater<long long>> largest;
        for (long long num : nums) {
            if ((int)largest.size() < k) {
                largest.push(num);
            } else if (num > largest.top()) {
                largest.pop();
                largest.push(num);
            }
        }
        return largest.top();
    }
};
