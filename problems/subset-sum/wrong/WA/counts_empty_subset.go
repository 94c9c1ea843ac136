// fails: test_empty_input, test_zero_target, test_matches_reference
// Starts from the empty subset's sum 0, so k = 0 is always "reachable".
func hasSubsetSum(nums []int64, k int64) bool {
	seen := map[int64]bool{0: true}
	sums := []int64{0}
	for _, value := range nums {
		before := len(sums)
		for i := 0; i < before; i++ {
			if total := sums[i] + value; !seen[total] {
				seen[total] = true
				sums = append(sums, total)
			}
		}
	}
	return seen[k]
}
