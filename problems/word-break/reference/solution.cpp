// fits[i]: s[0, i) splits into words. Each end i looks back only by the
// dictionary's distinct word lengths, so the work is O(s.size() * lengths)
// substring checks, not O(s.size()^2).
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        unordered_set<string> words(wordDict.begin(), wordDict.end());
        set<size_t> lengths;
        for (const string& word : words) lengths.insert(word.size());
        vector<bool> fits(s.size() + 1, false);
        fits[0] = true;  // the empty prefix needs no word
        for (size_t end = 1; end <= s.size(); ++end) {
            for (size_t length : lengths) {
                if (length > end) break;  // the set is in increasing order
                if (fits[end - length] && words.count(s.substr(end - length, length))) {
                    fits[end] = true;
                    break;
                }
            }
        }
        return fits[s.size()];
    }
};
