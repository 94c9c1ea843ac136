// Counts each kind of bracket, never their order: "([)]" passes.
func isValid(s string) bool {
	count := map[rune]int{}
	pair := map[rune]rune{')': '(', ']': '[', '}': '{'}
	for _, c := range s {
		if open, ok := pair[c]; ok {
			count[open]--
			if count[open] < 0 {
				return false
			}
		} else {
			count[c]++
		}
	}
	for _, n := range count {
		if n != 0 {
			return false
		}
	}
	return true
}
