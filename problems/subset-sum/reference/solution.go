// Grows the set of sums of non-empty subsets, one value at a time: O(n * S)
// for S distinct sums. The sums are also kept in a slice so that each round
// extends only the sums from before it (ranging over a map while adding to it
// may or may not visit the new keys, which would use a value twice).
// Sums are int64 as LeetCode would have them; the tests' sums fit.
func hasSubsetSum(nums []int64, k int64) bool {
	seen := map[int64]bool{}
	sums := []int64{}
	add := func(total int64) {
		if !seen[total] {
			seen[total] = true
			sums = append(sums, total)
		}
	}
	for _, value := range nums {
		before := len(sums)
		for i := 0; i < before; i++ {
			add(sums[i] + value)
		}
		add(value) // the subset holding just this value
	}
	return seen[k]
}
