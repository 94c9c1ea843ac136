// fails: test_third_before_second, test_every_call_order
// third() waits for the wrong flag (first's, not second's): once first has run, third can run before second.
class Foo {
    vector<string> steps;
    bool firstDone = false;
    bool secondDone = false;
    mutex m;
    condition_variable changed;

public:
    Foo() {}

    void first() {
        lock_guard<mutex> lock(m);
        steps.push_back("first");
        firstDone = true;
        changed.notify_all();
    }

    void second() {
        unique_lock<mutex> lock(m);
        changed.wait(lock, [this] { return firstDone; });
        steps.push_back("second");
        secondDone = true;
        changed.notify_all();
    }

    void third() {
        unique_lock<mutex> lock(m);
        changed.wait(lock, [this] { return firstDone; });
        steps.push_back("third");
    }

    vector<string> log() {
        lock_guard<mutex> lock(m);
        return steps;
    }
};
