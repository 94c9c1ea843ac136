// fails: test_writer_waits_for_readers, test_waiting_writer_goes_first, test_large_input
// acquireWrite() waits only for another writer, forgetting the readers: a writer enters while readers still hold the lock.
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
        changed.wait(lock, [this] { return !writing; });
        writing = true;
    }

    void releaseWrite() {
        lock_guard<mutex> lock(m);
        if (!writing) throw runtime_error("releaseWrite() without acquireWrite()");
        writing = false;
        changed.notify_all();
    }
};
