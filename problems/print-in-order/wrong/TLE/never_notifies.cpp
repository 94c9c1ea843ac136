// fails: test_reverse_order, test_second_before_first, test_every_call_order
// A step that ran never calls notify_all(): a step already waiting for it is never woken (a lost wake-up).
class Foo {
    vector<string> steps;
    mutex m;
    condition_variable turn;

public:
    Foo() {}

    void first() {
        lock_guard<mutex> lock(m);
        steps.push_back("first");
    }

    void second() {
        unique_lock<mutex> lock(m);
        while (steps.size() < 1) turn.wait(lock);
        steps.push_back("second");
    }

    void third() {
        unique_lock<mutex> lock(m);
        while (steps.size() < 2) turn.wait(lock);
        steps.push_back("third");
    }

    vector<string> log() {
        lock_guard<mutex> lock(m);
        return steps;
    }
};
