// fails: test_examples, test_largest_and_smallest, test_matches_reference
// Pops only when the heap holds more than k + 1 values: its top is the (k + 1)-th largest.
import "container/heap"

type minHeap []int64

func (h minHeap) Len() int           { return len(h) }
func (h minHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h minHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *minHeap) Push(x any)        { *h = append(*h, x.(int64)) }
func (h *minHeap) Pop() any {
	old := *h
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	return last
}

func findKthLargest(nums []int64, k int) int64 {
	largest := &minHeap{}
	for _, num := range nums {
		heap.Push(largest, num)
		if largest.Len() > k+1 {
			heap.Pop(largest)
		}
	}
	return (*largest)[0]
}
