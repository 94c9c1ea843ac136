// Bottom-up merge sort counting, for each element taken from the right run,
// the elements of the left run still waiting: O(n log n), no recursion.
class Solution {
public:
    long long countInversions(vector<long long>& nums) {
        vector<long long> a(nums), buffer(nums.size());
        long long count = 0;
        size_t n = a.size();
        for (size_t width = 1; width < n; width *= 2) {
            for (size_t lo = 0; lo < n; lo += 2 * width) {
                size_t mid = min(lo + width, n), hi = min(lo + 2 * width, n);
                size_t i = lo, j = mid, k = lo;
                while (i < mid && j < hi) {
                    if (a[i] <= a[j]) buffer[k++] = a[i++];
                    else { count += (long long)(mid - i); buffer[k++] = a[j++]; }
                }
                while (i < mid) buffer[k++] = a[i++];
                while (j < hi) buffer[k++] = a[j++];
            }
            swap(a, buffer);
        }
        return count;
    }
};
