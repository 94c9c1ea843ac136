// fails: test_not_greedy, test_matches_reference
// Greedy: takes each value, largest first, while the total stays <= k.
import java.util.Arrays;

class Solution {
    public boolean hasSubsetSum(long[] nums, long k) {
        long[] sorted = nums.clone();
        Arrays.sort(sorted);
        long total = 0;
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (total + sorted[i] <= k) {
                total += sorted[i];
                if (total == k) return true;
            }
        }
        return false;
    }
}
