// fails: test_large_input
// Tries every first word and recurses on the rest, without remembering results: exponential on "aaa...ab".
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        if (s.empty()) return true;
        for (const string& word : wordDict)
            if (s.starts_with(word) && wordBreak(s.substr(word.size()), wordDict)) return true;
        return false;
    }
};
