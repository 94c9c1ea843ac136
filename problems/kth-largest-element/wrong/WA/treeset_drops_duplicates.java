// fails: test_examples, test_duplicates_count, test_matches_reference
// Keeps the k largest in a TreeSet to have them sorted, but a set holds each value once:
// repeated values count once, so the answer is the k-th largest DISTINCT value.
import java.util.TreeSet;

class Solution {
    public long findKthLargest(long[] nums, int k) {
        TreeSet<Long> largest = new TreeSet<>();
        for (long value : nums) {
            largest.add(value);
            if (largest.size() > k) largest.pollFirst();
        }
        return largest.first();
    }
}
