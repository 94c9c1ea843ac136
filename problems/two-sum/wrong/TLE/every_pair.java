// Tries every pair, with the numbers boxed in a List: O(n^2).
import java.util.ArrayList;
import java.util.List;

class Solution {
    public int[] twoSum(int[] nums, int target) {
        List<Integer> values = new ArrayList<>();
        for (int value : nums) values.add(value);
        for (int j = 1; j < values.size(); j++) {
            for (int i = 0; i < j; i++) {
                if (values.get(i) + values.get(j) == target) return new int[] {i, j};
            }
        }
        return new int[0];
    }
}
