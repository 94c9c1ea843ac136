import java.util.HashMap;
import java.util.Map;

/**
 * A sliding window with no repeats; `last` is where each character was seen last: O(n). Characters are code
 * points, as the problem counts them (an emoji is one character, not two UTF-16 chars).
 */
class Solution {
    public int longestUniqueSubstring(String s) {
        int[] chars = s.codePoints().toArray();
        Map<Integer, Integer> last = new HashMap<>();
        int start = 0;
        int best = 0;
        for (int i = 0; i < chars.length; i++) {
            Integer seen = last.get(chars[i]);
            if (seen != null && seen >= start) start = seen + 1;
            last.put(chars[i], i);
            best = Math.max(best, i - start + 1);
        }
        return best;
    }
}
