// fails: test_large_input
// Tries every first word and recurses on the rest, without remembering results: exponential on "aaa...ab".
import "strings"

func wordBreak(s string, wordDict []string) bool {
	if s == "" {
		return true
	}
	for _, word := range wordDict {
		if strings.HasPrefix(s, word) && wordBreak(s[len(word):], wordDict) {
			return true
		}
	}
	return false
}
