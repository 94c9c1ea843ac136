// fails: test_empty_trie, test_longer_than_any_word, test_nested_words, test_large_input, test_matches_reference
// Walks to the next child without checking that it exists: a query that leaves the trie
// reads the fields of a null node (a segmentation fault).
class Trie {
    struct Node {
        Node* children[26] = {};
        bool isWord = false;
    };
    Node* root = new Node();

public:
    Trie() {}

    void insert(string word) {
        Node* node = root;
        for (char c : word) {
            if (!node->children[c - 'a']) node->children[c - 'a'] = new Node();
            node = node->children[c - 'a'];
        }
        node->isWord = true;
    }

    bool search(string word) {
        Node* node = root;
        for (char c : word) node = node->children[c - 'a'];
        return node->isWord;
    }

    bool startsWith(string prefix) {
        Node* node = root;
        for (char c : prefix) node = node->children[c - 'a'];
        return node != nullptr;
    }
};
