// fails: test_objects_are_independent
// The flags, the mutex and the condition variable are globals, shared by every Foo: once one object has run its steps,
// the next object's steps no longer wait.
mutex m;
condition_variable changed;
bool firstDone = false;
bool secondDone = false;

class Foo {
    vector<string> steps;

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
        changed.wait(lock, [] { return firstDone; });
        steps.push_back("second");
        secondDone = true;
        changed.notify_all();
    }

    void third() {
        unique_lock<mutex> lock(m);
        changed.wait(lock, [] { return secondDone; });
        steps.push_back("third");
    }

    vector<string> log() {
        lock_guard<mutex> lock(m);
        return steps;
    }
};
