// fails: test_duplicates, test_large_input, test_matches_reference
// Takes from the right run on ties too, so equal values count as inversions.
func countInversions(nums []int64) int64 {
	work := append([]int64{}, nums...)
	return sortCount(work, make([]int64, len(work)))
}

func sortCount(values, buffer []int64) int64 {
	if len(values) < 2 {
		return 0
	}
	middle := len(values) / 2
	count := sortCount(values[:middle], buffer[:middle]) + sortCount(values[middle:], buffer[middle:])
	i, j, k := 0, middle, 0
	for i < middle && j < len(values) {
		if values[j] <= values[i] {
			count += int64(middle - i)
			buffer[k] = values[j]
			j++
		} else {
			buffer[k] = values[i]
			i++
		}
		k++
	}
	k += copy(buffer[k:], values[i:middle])
	copy(buffer[k:], values[j:])
	copy(values, buffer[:len(values)])
	return count
}
