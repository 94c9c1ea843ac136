import java.util.HashSet;
import java.util.Set;

/** The sums of the non-empty subsets seen so far, grown one value at a time. */
class Solution {
    public boolean hasSubsetSum(int[] nums, int k) {
        Set<Integer> reachable = new HashSet<>();
        for (int value : nums) {
            Set<Integer> grown = new HashSet<>(reachable);
            for (int total : reachable) grown.add(total + value);
            grown.add(value);
            reachable = grown;
        }
        return reachable.contains(k);
    }
}
