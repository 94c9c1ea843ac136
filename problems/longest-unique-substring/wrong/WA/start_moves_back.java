// fails: test_stale_repeat, test_matches_reference
// Jumps the window start past ANY earlier occurrence, even one already left
// of the window, so the start can move back ("abba" gives 3).
import java.util.HashMap;
import java.util.Map;

class Solution {
    public int longestUniqueSubstring(String s) {
        Map<Character, Integer> last = new HashMap<>();
        int start = 0;
        int best = 0;
        for (int i = 0; i < s.length(); i++) {
            Integer seen = last.get(s.charAt(i));
            if (seen != null) start = seen + 1;
            last.put(s.charAt(i), i);
            best = Math.max(best, i - start + 1);
        }
        return best;
    }
}
