// fails: test_pieces_must_not_join
// Deletes every occurrence of each word, longest first, and asks whether nothing is left:
// the pieces left behind join into new words ("abcd" without "bc" is "ad").
import (
	"sort"
	"strings"
)

func wordBreak(s string, wordDict []string) bool {
	words := append([]string{}, wordDict...)
	sort.Slice(words, func(a, b int) bool { return len(words[a]) > len(words[b]) })
	for _, word := range words {
		s = strings.ReplaceAll(s, word, "")
	}
	return s == ""
}
