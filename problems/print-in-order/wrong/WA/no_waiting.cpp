// fails: test_reverse_order, test_second_before_first, test_third_before_second, test_every_call_order
// Never waits: each step records its name as soon as it is called, so the log follows the order the calls arrive in.
class Foo {
    vector<string> steps;
    mutex m;

public:
    Foo() {}

    void first() {
        lock_guard<mutex> lock(m);
        steps.push_back("first");
    }

    void second() {
        lock_guard<mutex> lock(m);
        steps.push_back("second");
    }

    void third() {
        lock_guard<mutex> lock(m);
        steps.push_back("third");
    }

    vector<string> log() {
        lock_guard<mutex> lock(m);
        return steps;
    }
};
