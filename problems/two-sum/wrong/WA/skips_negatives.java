// fails: test_negative_numbers, test_matches_reference
// Skips negative numbers, as if every input were non-negative.
import java.util.HashMap;
import java.util.Map;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        Map<Integer, Integer> firstIndex = new HashMap<>();
        for (int j = 0; j < nums.length; j++) {
            if (nums[j] < 0) continue;
            Integer i = firstIndex.get(target - nums[j]);
            if (i != null) return new int[] {i, j};
            firstIndex.putIfAbsent(nums[j], j);
        }
        return new int[0];
    }
}
