import "sort"

// Count each word, then sort the distinct words by count (descending) and,
// among equal counts, alphabetically; the first k are the answer. The input
// is only read. O(n log n).
func topKFrequent(words []string, k int) []string {
	count := map[string]int{}
	distinct := []string{}
	for _, word := range words {
		if count[word] == 0 {
			distinct = append(distinct, word)
		}
		count[word]++
	}
	sort.Slice(distinct, func(a, b int) bool {
		if count[distinct[a]] != count[distinct[b]] {
			return count[distinct[a]] > count[distinct[b]]
		}
		return distinct[a] < distinct[b]
	})
	return distinct[:k]
}
