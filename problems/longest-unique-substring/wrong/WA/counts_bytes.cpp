// fails: test_unicode_and_spaces
// The usual C++ answer over bytes, not characters: a UTF-8 letter is two to four bytes, so "日本語日本" looks longer than 3.
class Solution {
public:
    int longestUniqueSubstring(string s) {
        int last[256];
        fill(begin(last), end(last), -1);
        int best = 0, start = 0;
        for (int i = 0; i < (int)s.size(); ++i) {
            unsigned char c = s[i];
            if (last[c] >= start) start = last[c] + 1;
            last[c] = i;
            best = max(best, i - start + 1);
        }
        return best;
    }
};
