import "sort"

// Sort by start, then extend the last merged interval or start a new one: O(n log n).
func mergeIntervals(intervals [][]int) [][]int {
	sorted := make([][]int, len(intervals))
	copy(sorted, intervals)
	sort.Slice(sorted, func(a, b int) bool { return sorted[a][0] < sorted[b][0] })
	merged := [][]int{}
	for _, interval := range sorted {
		last := len(merged) - 1
		if last >= 0 && interval[0] <= merged[last][1] {
			if interval[1] > merged[last][1] {
				merged[last][1] = interval[1]
			}
			continue
		}
		merged = append(merged, []int{interval[0], interval[1]})
	}
	return merged
}
