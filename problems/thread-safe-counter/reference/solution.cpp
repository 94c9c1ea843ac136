// Every read-modify-write, and the read of its result, happens under one
// mutex; increment() is add(1), whose lock it does not take itself.
class Counter {
    long long count = 0;
    mutex m;

public:
    Counter() {}

    long long increment() {
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
