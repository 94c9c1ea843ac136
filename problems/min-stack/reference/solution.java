import java.util.ArrayList;
import java.util.List;

/**
 * Each entry keeps its value and the minimum of the stack up to and including it, so a pop
 * uncovers the older minimum with no search: O(1) per operation.
 */
class MinStack {
    private record Entry(long val, long min) {}

    private final List<Entry> entries = new ArrayList<>();

    public MinStack() {}

    public void push(long val) {
        long min = entries.isEmpty() ? val : Math.min(val, last().min());
        entries.add(new Entry(val, min));
    }

    public void pop() {
        entries.remove(entries.size() - 1);
    }

    public long top() {
        return last().val();
    }

    public long getMin() {
        return last().min();
    }

    private Entry last() {
        return entries.get(entries.size() - 1);
    }
}
