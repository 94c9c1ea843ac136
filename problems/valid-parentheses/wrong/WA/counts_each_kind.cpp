// fails: test_examples, test_wrong_kind_or_order, test_matches_reference
// Counts each kind on its own, not the order between kinds: "([)]" passes.
class Solution {
public:
    bool isValid(string s) {
        map<char, int> depth;
        for (char c : s) {
            char kind = c == ')' ? '(' : c == ']' ? '[' : c == '}' ? '{' : c;
            depth[kind] += kind == c ? 1 : -1;
            if (depth[kind] < 0) return false;
        }
        for (auto& [kind, count] : depth)
            if (count != 0) return false;
        return true;
    }
};
