// fails: test_negative_numbers, test_matches_reference
// Skips negative numbers, as if every input were non-negative.
func twoSum(nums []int, target int) []int {
	seen := map[int]int{}
	for i, n := range nums {
		if n < 0 {
			continue
		}
		if j, ok := seen[target-n]; ok {
			return []int{j, i}
		}
		seen[n] = i
	}
	return []int{}
}
