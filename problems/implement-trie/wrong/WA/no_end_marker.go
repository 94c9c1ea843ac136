// fails: test_examples, test_prefix_is_not_a_word, test_nested_words, test_matches_reference
// Never marks where a word ends, so Search answers "is there such a path": any prefix counts as a word.
type Trie struct {
	children map[byte]*Trie
}

func Constructor() Trie {
	return Trie{children: map[byte]*Trie{}}
}

func (this *Trie) Insert(word string) {
	node := this
	for i := 0; i < len(word); i++ {
		next, ok := node.children[word[i]]
		if !ok {
			next = &Trie{children: map[byte]*Trie{}}
			node.children[word[i]] = next
		}
		node = next
	}
}

func (this *Trie) Search(word string) bool {
	return this.StartsWith(word)
}

func (this *Trie) StartsWith(prefix string) bool {
	node := this
	for i := 0; i < len(prefix); i++ {
		next, ok := node.children[prefix[i]]
		if !ok {
			return false
		}
		node = next
	}
	return true
}
