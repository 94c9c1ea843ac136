// fails: test_longest_match_first_fails, test_pieces_must_not_join, test_large_input, test_matches_reference
// Deletes every occurrence of each word with String.replace, longest first, and asks whether
// nothing is left: a long word eats letters a split needs ("bbbb" less "bbb" leaves "b", though
// "bb" + "bb" fits), and the pieces left behind join into new words ("abcd" less "bc" is "ad").
import java.util.Arrays;
import java.util.Comparator;

class Solution {
    public boolean wordBreak(String s, String[] wordDict) {
        String[] byLength = wordDict.clone();
        Arrays.sort(byLength, Comparator.comparingInt(String::length).reversed());
        for (String word : byLength) s = s.replace(word, "");
        return s.isEmpty();
    }
}
