// complexity: worse
// Tries every pair: O(n^2).  Compiled Java is fast enough that no per-call limit catches it on the largest
// hidden input; the ladder does.
class Solution {
    public int[] twoSum(int[] nums, int target) {
        for (int j = 1; j < nums.length; j++) {
            for (int i = 0; i < j; i++) {
                if (nums[i] + nums[j] == target) return new int[] {i, j};
            }
        }
        return new int[0];
    }
}
