// fails: test_large_input
// Tries every first word and recurses on the rest, without remembering results: exponential on "aaa...ab".
class Solution {
    public boolean wordBreak(String s, String[] wordDict) {
        return breaksFrom(s, 0, wordDict);
    }

    private boolean breaksFrom(String s, int start, String[] wordDict) {
        if (start == s.length()) return true;
        for (String word : wordDict) {
            if (s.startsWith(word, start) && breaksFrom(s, start + word.length(), wordDict)) return true;
        }
        return false;
    }
}
