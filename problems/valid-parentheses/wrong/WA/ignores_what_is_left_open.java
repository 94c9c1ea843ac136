// fails: test_single_bracket, test_left_open, test_large_input, test_matches_reference
// Checks every closer against the stack but returns true at the end without
// looking at the stack: brackets still open are never noticed.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

class Solution {
    public boolean isValid(String s) {
        Map<Character, Character> opener = Map.of(')', '(', ']', '[', '}', '{');
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (!opener.containsKey(c)) {
                stack.push(c);
            } else if (stack.isEmpty() || stack.pop() != opener.get(c)) {
                return false;
            }
        }
        return true;
    }
}
