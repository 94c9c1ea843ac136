// fails: test_examples, test_new_counter, test_concurrent_increments, test_large_input
// increment() holds the mutex and calls add(), which locks the same mutex again: a std::mutex is not recursive, so the
// thread waits for itself forever.
class Counter {
    long long count = 0;
    mutex m;

public:
    Counter() {}

    long long increment() {
        lock_guard<mutex> lock(m);
        return add(1);
    }

    long long add(long long n) {
        lock_guard<mutex> lock(m);
        count += n;
        return count;
    }

    long long value() {
        lock_guard<mutex> lock(m);
        return count;
    }
};
