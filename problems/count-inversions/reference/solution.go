// Merge sort, counting the pairs each merge puts in order: O(n log n).
func countInversions(nums []int64) int64 {
	work := append([]int64{}, nums...)
	buffer := make([]int64, len(nums))
	return sortCount(work, buffer)
}

func sortCount(values, buffer []int64) int64 {
	if len(values) < 2 {
		return 0
	}
	middle := len(values) / 2
	count := sortCount(values[:middle], buffer[:middle]) + sortCount(values[middle:], buffer[middle:])
	i, j, k := 0, middle, 0
	for i < middle && j < len(values) {
		if values[j] < values[i] {
			count += int64(middle - i) // every value left in the left run is larger
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
