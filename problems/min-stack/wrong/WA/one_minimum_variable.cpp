// fails: test_examples, test_pop_brings_back_the_old_minimum, test_repeated_minimum, test_large_values, test_emptied_and_reused, test_matches_reference
// Keeps the minimum in one member, lowered on push but never raised on pop:
// after the minimum is popped, getMin still returns it.
class MinStack {
    vector<long long> values;
    long long smallest = LLONG_MAX;

public:
    MinStack() {}

    void push(long long val) {
        values.push_back(val);
        smallest = min(smallest, val);
    }

    void pop() { values.pop_back(); }

    long long top() { return values.back(); }

    long long getMin() { return smallest; }
};
