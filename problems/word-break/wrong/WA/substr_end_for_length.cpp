// fails: test_examples, test_word_used_many_times, test_pieces_must_not_join, test_large_input, test_matches_reference
// Tries each word as the piece ending at i, but cuts it with s.substr(start, i), whose second
// argument is a LENGTH, not an end: only a piece starting at 0 (or one that runs to the end of s)
// comes out the word's length, so later words never match.
class Solution {
public:
    bool wordBreak(string s, vector<string>& wordDict) {
        int n = s.size();
        vector<bool> dp(n + 1, false);
        dp[0] = true;
        for (int i = 1; i <= n; ++i) {
            for (const string& word : wordDict) {
                int start = i - (int)word.size();
                if (start >= 0 && dp[start] && s.substr(start, i) == word) dp[i] = true;
            }
        }
        return dp[n];
    }
};
