// fails: test_input_not_modified
// Counts by sorting the words so that equal ones sit together: the answer is right, but
// sort.Strings(words) sorts the caller's slice in place, and the caller sees its list reordered.
import "sort"

func topKFrequent(words []string, k int) []string {
	sort.Strings(words)
	type run struct {
		word  string
		count int
	}
	runs := []run{}
	for _, word := range words {
		if n := len(runs); n > 0 && runs[n-1].word == word {
			runs[n-1].count++
		} else {
			runs = append(runs, run{word, 1})
		}
	}
	// Stable: runs are in alphabetical order, which settles ties.
	sort.SliceStable(runs, func(a, b int) bool { return runs[a].count > runs[b].count })
	top := make([]string, k)
	for i := range top {
		top[i] = runs[i].word
	}
	return top
}
