import java.util.HashSet;
import java.util.Set;

/** The sums of the non-empty subsets seen so far, grown one value at a time. */
class Solution {
    public boolean hasSubsetSum(long[] nums, long k) {
        Set<Long> reachable = new HashSet<>();
        for (long value : nums) {
            Set<Long> grown = new HashSet<>(reachable);
            for (long total : reachable) grown.add(total + value);
            grown.add(value);
            reachable = grown;
        }
        return reachable.contains(k);
    }
}
