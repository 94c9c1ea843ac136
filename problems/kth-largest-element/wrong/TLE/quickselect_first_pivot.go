// fails: test_large_input
// Quickselect with the first element as pivot: on sorted input each pass peels off one value, O(n^2).
func findKthLargest(nums []int64, k int) int64 {
	values := append([]int64{}, nums...)
	want := len(values) - k // the index the answer has in ascending order
	low, high := 0, len(values)-1
	for {
		pivot := values[low]
		store := low
		for i := low + 1; i <= high; i++ {
			if values[i] < pivot {
				store++
				values[store], values[i] = values[i], values[store]
			}
		}
		values[low], values[store] = values[store], values[low]
		switch {
		case store == want:
			return values[store]
		case store < want:
			low = store + 1
		default:
			high = store - 1
		}
	}
}
