// fails: test_empty_trie, test_longer_than_any_word, test_matches_reference
// Walks to the next child without checking that it exists: a query that leaves the trie
// reads a nil node's fields (invalid memory address or nil pointer dereference).
type Trie struct {
	children [26]*Trie
	isWord   bool
}

func Constructor() Trie {
	return Trie{}
}

func (this *Trie) Insert(word string) {
	node := this
	for i := 0; i < len(word); i++ {
		c := word[i] - 'a'
		if node.children[c] == nil {
			node.children[c] = &Trie{}
		}
		node = node.children[c]
	}
	node.isWord = true
}

func (this *Trie) Search(word string) bool {
	node := this
	for i := 0; i < len(word); i++ {
		node = node.children[word[i]-'a']
	}
	return node.isWord
}

func (this *Trie) StartsWith(prefix string) bool {
	node := this
	for i := 0; i < len(prefix); i++ {
		node = node.children[prefix[i]-'a']
	}
	return node != nil
}
