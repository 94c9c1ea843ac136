// fails: test_empty_trie, test_longer_than_any_word, test_nested_words, test_matches_reference
// Walks to the next child without checking that it exists: a query that leaves the trie
// reads a field of null (NullPointerException).
class Trie {
    private final Trie[] children = new Trie[26];
    private boolean isEnd;

    public Trie() {}

    public void insert(String word) {
        Trie node = this;
        for (char c : word.toCharArray()) {
            if (node.children[c - 'a'] == null) node.children[c - 'a'] = new Trie();
            node = node.children[c - 'a'];
        }
        node.isEnd = true;
    }

    public boolean search(String word) {
        Trie node = this;
        for (char c : word.toCharArray()) node = node.children[c - 'a'];
        return node.isEnd;
    }

    public boolean startsWith(String prefix) {
        Trie node = this;
        for (char c : prefix.toCharArray()) node = node.children[c - 'a'];
        return node != null;
    }
}
