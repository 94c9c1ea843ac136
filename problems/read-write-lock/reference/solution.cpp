// One mutex and one condition variable guard three facts: how many readers
// hold the lock, whether a writer holds it, and how many writers wait for it
// (they go before readers who come after them).
class ReadWriteLock {
    int readers = 0;
    bool writing = false;
    int writersWaiting = 0;
    mutex m;
    condition_variable changed;

public:
    ReadWriteLock() {}

    void acquireRead() {
        unique_lock<mutex> lock(m);
        changed.wait(lock, [this] { return !writing && writersWaiting == 0; });
        readers++;
    }

    void releaseRead() {
        lock_guard<mutex> lock(m);
        if (readers == 0) throw runtime_error("releaseRead() without acquireRead()");
        readers--;
        if (readers == 0) changed.notify_all();
    }

    void acquireWrite() {
        unique_lock<mutex> lock(m);
        writersWaiting++;
        changed.wait(lock, [this] { return !writing && readers == 0; });
        writersWaiting--;
        writing = true;
    }

    void releaseWrite() {
        lock_guard<mutex> lock(m);
        if (!writing) throw runtime_error("releaseWrite() without acquireWrite()");
        writing = false;
        // Readers and writers may both be waiting: wake all, each re-checks.
        changed.notify_all();
    }
};
