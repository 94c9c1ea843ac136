import "container/heap"

// Count each word, then keep the k best distinct words in a min-heap whose top
// is the worst of them (the lowest count and, on a tie, the alphabetically
// larger word). The input is only read. O(n log k).
type worstFirst struct {
	words []string
	count map[string]int
}

func (h worstFirst) Len() int { return len(h.words) }
func (h worstFirst) Less(a, b int) bool {
	ca, cb := h.count[h.words[a]], h.count[h.words[b]]
	if ca != cb {
		return ca < cb
	}
	return h.words[a] > h.words[b]
}
func (h worstFirst) Swap(a, b int) { h.words[a], h.words[b] = h.words[b], h.words[a] }
func (h *worstFirst) Push(x any)   { h.words = append(h.words, x.(string)) }
func (h *worstFirst) Pop() any {
	last := h.words[len(h.words)-1]
	h.words = h.words[:len(h.words)-1]
	return last
}

func topKFrequent(words []string, k int) []string {
	count := map[string]int{}
	for _, word := range words {
		count[word]++
	}
	best := &worstFirst{count: count}
	for word := range count {
		heap.Push(best, word)
		if best.Len() > k {
			heap.Pop(best)
		}
	}
	answer := make([]string, best.Len())
	for i := len(answer) - 1; i >= 0; i-- {
		answer[i] = heap.Pop(best).(string) // the worst comes out first: fill from the back
	}
	return answer
}
