// Letters in order of first appearance; an edge per neighbouring pair's first
// difference; Kahn's algorithm. A word before its own proper prefix, or a
// cycle, leaves no order: "". O(total length of the words).
func alienOrder(words []string) string {
	var seen [26]bool
	letters := []byte{}
	for _, word := range words {
		for i := 0; i < len(word); i++ {
			if c := word[i] - 'a'; !seen[c] {
				seen[c] = true
				letters = append(letters, c)
			}
		}
	}
	var edge [26][26]bool // a set of edges: a pair repeated in many words counts once
	var later [26][]byte
	var waiting [26]int
	for w := 0; w+1 < len(words); w++ {
		first, second := words[w], words[w+1]
		i := 0
		for i < len(first) && i < len(second) && first[i] == second[i] {
			i++
		}
		if i == len(first) || i == len(second) {
			if len(first) > len(second) {
				return "" // a word placed before its own proper prefix
			}
			continue
		}
		a, b := first[i]-'a', second[i]-'a'
		if !edge[a][b] {
			edge[a][b] = true
			later[a] = append(later[a], b)
			waiting[b]++
		}
	}
	ready := []byte{}
	for _, c := range letters {
		if waiting[c] == 0 {
			ready = append(ready, c)
		}
	}
	order := make([]byte, 0, len(letters))
	for len(ready) > 0 {
		c := ready[0]
		ready = ready[1:]
		order = append(order, c+'a')
		for _, d := range later[c] {
			waiting[d]--
			if waiting[d] == 0 {
				ready = append(ready, d)
			}
		}
	}
	if len(order) < len(letters) {
		return "" // the letters left over sit on a cycle
	}
	return string(order)
}
