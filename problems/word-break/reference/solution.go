// fits[i]: s[:i] splits into words. Each end i looks back only by the
// dictionary's distinct word lengths, so the work is O(len(s) * lengths)
// substring checks, not O(len(s)^2).
func wordBreak(s string, wordDict []string) bool {
	words := map[string]bool{}
	lengths := []int{}
	seenLength := map[int]bool{}
	for _, word := range wordDict {
		words[word] = true
		if !seenLength[len(word)] {
			seenLength[len(word)] = true
			lengths = append(lengths, len(word))
		}
	}
	fits := make([]bool, len(s)+1)
	fits[0] = true // the empty prefix needs no word
	for end := 1; end <= len(s); end++ {
		for _, length := range lengths {
			if length <= end && fits[end-length] && words[s[end-length:end]] {
				fits[end] = true
				break
			}
		}
	}
	return fits[len(s)]
}
