// fails: test_large_input
// Correct, but each value is either taken or skipped by recursion: 2^n calls, far too many for n = 40.
func hasSubsetSum(nums []int64, k int64) bool {
	var try func(i int, total int64, taken bool) bool
	try = func(i int, total int64, taken bool) bool {
		if i == len(nums) {
			return taken && total == k
		}
		return try(i+1, total+nums[i], true) || try(i+1, total, taken)
	}
	return try(0, 0, false)
}
