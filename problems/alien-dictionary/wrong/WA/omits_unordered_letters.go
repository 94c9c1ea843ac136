// fails: test_single_word, test_repeated_words, test_letters_without_constraints
// Collects letters from the ordering edges only: a letter no neighbouring pair orders never gets into the answer.
func alienOrder(words []string) string {
	later := map[byte][]byte{}
	waiting := map[byte]int{}
	letters := []byte{}
	note := func(c byte) {
		if _, ok := waiting[c]; !ok {
			waiting[c] = 0
			letters = append(letters, c)
		}
	}
	for w := 0; w+1 < len(words); w++ {
		first, second := words[w], words[w+1]
		i := 0
		for i < len(first) && i < len(second) && first[i] == second[i] {
			i++
		}
		if i == len(first) || i == len(second) {
			if len(first) > len(second) {
				return ""
			}
			continue
		}
		a, b := first[i], second[i]
		note(a)
		note(b)
		later[a] = append(later[a], b)
		waiting[b]++
	}
	ready := []byte{}
	for _, c := range letters {
		if waiting[c] == 0 {
			ready = append(ready, c)
		}
	}
	order := []byte{}
	for len(ready) > 0 {
		c := ready[0]
		ready = ready[1:]
		order = append(order, c)
		for _, d := range later[c] {
			waiting[d]--
			if waiting[d] == 0 {
				ready = append(ready, d)
			}
		}
	}
	if len(order) < len(letters) {
		return ""
	}
	return string(order)
}
