// Every pair compared: O(n^2), too slow on the large input.
func countInversions(nums []int64) int64 {
	var count int64
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i] > nums[j] {
				count++
			}
		}
	}
	return count
}
