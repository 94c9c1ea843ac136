import java.util.HashMap;
import java.util.Map;

/** One pass with a map from value to its first index: O(n). */
class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> firstIndex = new HashMap<>();
        for (int j = 0; j < nums.length; j++) {
            Integer i = firstIndex.get(target - nums[j]);
            if (i != null) return new int[] {i, j};
            firstIndex.putIfAbsent(nums[j], j);
        }
        return new int[0];
    }
}
