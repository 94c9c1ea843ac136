// fails: test_large_values
// A second stack of minimums, but pop compares the two Long objects with ==, which compares
// references: Java caches the boxes of -128..127 only, so for larger values the popped minimum
// is never recognised and stays on the minimums stack.
import java.util.Stack;

class MinStack {
    private final Stack<Long> stack = new Stack<>();
    private final Stack<Long> minimums = new Stack<>();

    public MinStack() {}

    public void push(long val) {
        stack.push(val);
        if (minimums.isEmpty() || val <= minimums.peek()) minimums.push(val);
    }

    public void pop() {
        if (stack.pop() == minimums.peek()) minimums.pop();
    }

    public long top() {
        return stack.peek();
    }

    public long getMin() {
        return minimums.peek();
    }
}
