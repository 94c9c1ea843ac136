// fails: test_large_input
// Grows a window from every start until a repeat: O(n * answer), O(n^2) when the answer is long.
class Solution {
public:
    int longestUniqueSubstring(string s) {
        vector<uint32_t> chars;
        for (size_t k = 0; k < s.size();) {
            unsigned char c = s[k];
            int extra = c < 0x80 ? 0 : c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
            uint32_t code = extra == 0 ? c : c & (0x3F >> extra);
            for (int j = 1; j <= extra && k + j < s.size(); ++j) code = (code << 6) | (s[k + j] & 0x3F);
            chars.push_back(code);
            k += extra + 1;
        }
        int best = 0;
        for (size_t i = 0; i < chars.size(); ++i) {
            unordered_set<uint32_t> seen;
            size_t j = i;
            while (j < chars.size() && seen.insert(chars[j]).second) ++j;
            best = max(best, (int)(j - i));
        }
        return best;
    }
};
