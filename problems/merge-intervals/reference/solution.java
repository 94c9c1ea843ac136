import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Sorts a copy by start (the caller's array stays as it was), then extends or starts a group: O(n log n). */
class Solution {
    public List<List<Integer>> mergeIntervals(int[][] intervals) {
        int[][] byStart = intervals.clone();
        Arrays.sort(byStart, Comparator.comparingInt(interval -> interval[0]));
        List<int[]> groups = new ArrayList<>();
        for (int[] interval : byStart) {
            int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && interval[0] <= last[1]) {
                last[1] = Math.max(last[1], interval[1]);
            } else {
                groups.add(new int[] {interval[0], interval[1]});
            }
        }
        List<List<Integer>> merged = new ArrayList<>(groups.size());
        for (int[] group : groups) merged.add(List.of(group[0], group[1]));
        return merged;
    }
}
