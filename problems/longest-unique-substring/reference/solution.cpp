// Sliding window over code points (the string is UTF-8): the last index of
// each character moves the window's start past a repeat, never back.  O(n).
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
        unordered_map<uint32_t, int> last;
        int best = 0, start = 0;
        for (int i = 0; i < (int)chars.size(); ++i) {
            auto it = last.find(chars[i]);
            if (it != last.end() && it->second >= start) start = it->second + 1;
            last[chars[i]] = i;
            best = max(best, i - start + 1);
        }
        return best;
    }
};
