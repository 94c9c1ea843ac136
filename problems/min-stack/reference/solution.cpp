// Each entry keeps the minimum of the stack up to and including it, so a pop
// uncovers the older minimum with no search: O(1) per operation.
class MinStack {
    vector<pair<long long, long long>> entries;  // (value, minimum so far)

public:
    MinStack() {}

    void push(long long val) {
        long long smallest = entries.empty() ? val : min(val, entries.back().second);
        entries.emplace_back(val, smallest);
    }

    void pop() { entries.pop_back(); }

    long long top() { return entries.back().first; }

    long long getMin() { return entries.back().second; }
};
