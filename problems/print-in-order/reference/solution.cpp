// One mutex, one condition variable and the number of steps done so far:
// each step waits until the steps before it are done, records its name, and
// wakes the others (every waiting step re-checks whether its turn came).
class Foo {
    vector<string> steps;
    mutex m;
    condition_variable turn;

    void run(size_t position, const string& name) {
        unique_lock<mutex> lock(m);
        turn.wait(lock, [&] { return steps.size() == position; });
        steps.push_back(name);
        turn.notify_all();
    }

public:
    Foo() {}

    void first() {
        run(0, "first");
    }

    void second() {
        run(1, "second");
    }

    void third() {
        run(2, "third");
    }

    vector<string> log() {
        lock_guard<mutex> lock(m);
        return steps;
    }
};
