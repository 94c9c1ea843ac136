// fails: test_waiting_writer_goes_first
// Readers wait only while a writer holds the lock, not while one waits: new readers go ahead of a waiting writer (and
// could keep it out forever).
class ReadWriteLock {
    int readers = 0;
    bool writing = false;
    mutex m;
    condition_variable changed;

public:
    ReadWriteLock() {}

    void acquireRead() {
        unique_lock<mutex> lock(m);
        changed.wait(lock, [this] { return !writing; });
        readers++;
    }

    void releaseRead() {
        lock_guard<mutex> lock(m);
        if (readers == 0) throw runtime_error("releaseRead() without acquireRead()");
        readers--;
        changed.notify_all();
    }

    void acquireWrite() {
        unique_lock<mutex> lock(m);
        changed.wait(lock, [this] { return !writing && readers == 0; });
        writing = true;
    }

    void releaseWrite() {
        lock_guard<mutex> lock(m);
        if (!writing) throw runtime_error("releaseWrite() without acquireWrite()");
        writing = false;
        changed.notify_all();
    }
};
