// fails: test_stale_repeat, test_matches_reference
// Jumps the window start past ANY earlier occurrence, even one already left
// of the window, so the start can move back ("abba" gives 3).
func longestUniqueSubstring(s string) int {
	last := map[rune]int{}
	best, start := 0, 0
	for i, c := range []rune(s) {
		if seen, ok := last[c]; ok {
			start = seen + 1
		}
		last[c] = i
		if i-start+1 > best {
			best = i - start + 1
		}
	}
	return best
}
