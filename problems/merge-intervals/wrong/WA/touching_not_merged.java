// fails: test_examples, test_touching_intervals, test_large_input, test_matches_reference
// Merges only when the next interval starts strictly before the group's end:
// [1, 2] and [2, 3] share the point 2 but stay apart.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

class Solution {
    public List<List<Integer>> mergeIntervals(int[][] intervals) {
        int[][] byStart = intervals.clone();
        Arrays.sort(byStart, (a, b) -> Integer.compare(a[0], b[0]));
        List<List<Integer>> merged = new ArrayList<>();
        int[] group = null;
        for (int[] interval : byStart) {
            if (group != null && interval[0] < group[1]) {
                group[1] = Math.max(group[1], interval[1]);
                continue;
            }
            if (group != null) merged.add(List.of(group[0], group[1]));
            group = new int[] {interval[0], interval[1]};
        }
        if (group != null) merged.add(List.of(group[0], group[1]));
        return merged;
    }
}
