import "container/heap"

// A min-heap of the k largest values seen so far: its top is the k-th
// largest. O(n log k). (Values are int64: they reach 10**18.)
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
		if largest.Len() < k {
			heap.Push(largest, num)
		} else if num > (*largest)[0] {
			(*largest)[0] = num // replace the smallest of the k and restore the heap
			heap.Fix(largest, 0)
		}
	}
	return (*largest)[0]
}
