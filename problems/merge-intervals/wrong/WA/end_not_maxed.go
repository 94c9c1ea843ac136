// fails: test_examples, test_nested_intervals, test_matches_reference
// Takes the later interval's end when merging, even when it ends first: [[1, 10], [2, 3]] gives [[1, 3]].
import "sort"

func mergeIntervals(intervals [][]int) [][]int {
	sorted := append([][]int{}, intervals...)
	sort.Slice(sorted, func(a, b int) bool { return sorted[a][0] < sorted[b][0] })
	merged := [][]int{}
	for _, interval := range sorted {
		last := len(merged) - 1
		if last >= 0 && interval[0] <= merged[last][1] {
			merged[last][1] = interval[1]
			continue
		}
		merged = append(merged, []int{interval[0], interval[1]})
	}
	return merged
}
