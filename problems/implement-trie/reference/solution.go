// A node per prefix, children indexed by letter, and a mark where a word
// ends; loops rather than recursion, so a long word needs no deep stack.
// O(len(word)) per call.
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

// find is the node the path of text leads to, or nil if text leaves the trie.
func (this *Trie) find(text string) *Trie {
	node := this
	for i := 0; i < len(text) && node != nil; i++ {
		node = node.children[text[i]-'a']
	}
	return node
}

func (this *Trie) Search(word string) bool {
	node := this.find(word)
	return node != nil && node.isWord
}

func (this *Trie) StartsWith(prefix string) bool {
	return this.find(prefix) != nil
}
