// fails: test_single_bracket, test_close_without_open, test_matches_reference
// Pops before checking that anything is open: a closer with nothing open makes
// ArrayDeque.pop() throw NoSuchElementException.
import java.util.ArrayDeque;
import java.util.Deque;

class Solution {
    public boolean isValid(String s) {
        Deque<Character> stack = new ArrayDeque<>();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') {
                stack.push(c);
                continue;
            }
            char open = stack.pop();
            if (open == '(' && c != ')' || open == '[' && c != ']' || open == '{' && c != '}') return false;
        }
        return stack.isEmpty();
    }
}
