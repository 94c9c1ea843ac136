// fails: test_input_unchanged
// Right answer, but Arrays.sort reorders the caller's own array, and the groups it
// extends are the caller's interval arrays: the input comes back changed.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class Solution {
    public List<List<Integer>> mergeIntervals(int[][] intervals) {
        Arrays.sort(intervals, (a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> groups = new ArrayList<>();
        for (int[] interval : intervals) {
            if (!groups.isEmpty() && interval[0] <= groups.get(groups.size() - 1)[1]) {
                int[] last = groups.get(groups.size() - 1);
                last[1] = Math.max(last[1], interval[1]);
            } else {
                groups.add(interval);
            }
        }
        List<List<Integer>> merged = new ArrayList<>();
        for (int[] group : groups) merged.add(Arrays.asList(group[0], group[1]));
        return merged;
    }
}
