// A stack of the brackets still open: each closer must match the top.  O(n).
class Solution {
public:
    bool isValid(string s) {
        vector<char> open;
        for (char c : s) {
            if (c == '(' || c == '[' || c == '{') {
                open.push_back(c);
                continue;
            }
            char wanted = c == ')' ? '(' : c == ']' ? '[' : '{';
            if (open.empty() || open.back() != wanted) return false;
            open.pop_back();
        }
        return open.empty();
    }
};
