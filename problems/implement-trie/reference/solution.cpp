// Nodes in one vector, each with a child index per letter (0: none; node 0 is
// the root, never a child) and a mark where a word ends. Loops rather than
// recursion, so a long word needs no deep stack: O(len(word)) per call.
class Trie {
    vector<array<int, 26>> children{array<int, 26>{}};
    vector<bool> isWord{false};

    // The node the path of text leads to, or -1 if text leaves the trie.
    int find(const string& text) const {
        int node = 0;
        for (char c : text) {
            node = children[node][c - 'a'];
            if (node == 0) return -1;
        }
        return node;
    }

public:
    Trie() {}

    void insert(string word) {
        int node = 0;
        for (char c : word) {
            if (children[node][c - 'a'] == 0) {
                children[node][c - 'a'] = (int)children.size();
                children.push_back({});
                isWord.push_back(false);
            }
            node = children[node][c - 'a'];
        }
        isWord[node] = true;
    }

    bool search(string word) {
        int node = find(word);
        return node != -1 && isWord[node];
    }

    bool startsWith(string prefix) { return find(prefix) != -1; }
};
