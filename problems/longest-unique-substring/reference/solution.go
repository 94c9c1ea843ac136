// A sliding window and the last index of each character: O(n).
func longestUniqueSubstring(s string) int {
	last := map[rune]int{}
	best, start := 0, 0
	for i, c := range []rune(s) {
		if seen, ok := last[c]; ok && seen >= start {
			start = seen + 1
		}
		last[c] = i
		if i-start+1 > best {
			best = i - start + 1
		}
	}
	return best
}
