import java.util.HashSet;
import java.util.Set;

/**
 * reachable[i]: s's first i letters split into words. A cut at i is reachable from a reachable cut
 * one word length back whose piece is a word; only the dictionary's lengths are tried: O(n * lengths).
 */
class Solution {
    public boolean wordBreak(String s, String[] wordDict) {
        Set<String> words = new HashSet<>();
        Set<Integer> lengths = new HashSet<>();
        for (String word : wordDict) {
            words.add(word);
            lengths.add(word.length());
        }
        boolean[] reachable = new boolean[s.length() + 1];
        reachable[0] = true;
        for (int end = 1; end <= s.length(); end++) {
            for (int length : lengths) {
                int start = end - length;
                if (start >= 0 && reachable[start] && words.contains(s.substring(start, end))) {
                    reachable[end] = true;
                    break;
                }
            }
        }
        return reachable[s.length()];
    }
}
