// fails: test_examples, test_prefix_is_not_a_word, test_duplicate_inserts, test_nested_words, test_long_words, test_large_input, test_matches_reference
// Never marks where a word ends, so search answers "is there such a path": any prefix counts as a word.
class Trie {
    struct Node {
        unordered_map<char, Node*> children;
    };
    Node* root = new Node();

public:
    Trie() {}

    void insert(string word) {
        Node* node = root;
        for (char c : word) {
            if (!node->children.count(c)) node->children[c] = new Node();
            node = node->children[c];
        }
    }

    bool search(string word) { return startsWith(word); }

    bool startsWith(string prefix) {
        Node* node = root;
        for (char c : prefix) {
            auto it = node->children.find(c);
            if (it == node->children.end()) return false;
            node = it->second;
        }
        return true;
    }
};
