// fails: test_large_input
// Correct, but counts each distinct word by scanning the whole list again: O(n * distinct words).
import "sort"

func topKFrequent(words []string, k int) []string {
	distinct := []string{}
	seen := map[string]bool{}
	for _, word := range words {
		if !seen[word] {
			seen[word] = true
			distinct = append(distinct, word)
		}
	}
	count := map[string]int{}
	for _, word := range distinct {
		for _, other := range words {
			if other == word {
				count[word]++
			}
		}
	}
	sort.Slice(distinct, func(a, b int) bool {
		if count[distinct[a]] != count[distinct[b]] {
			return count[distinct[a]] > count[distinct[b]]
		}
		return distinct[a] < distinct[b]
	})
	return distinct[:k]
}
