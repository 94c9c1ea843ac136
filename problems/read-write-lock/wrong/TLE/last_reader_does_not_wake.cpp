// fails: test_writer_waits_for_readers, test_waiting_writer_goes_first
// releaseRead() never notifies: a writer waiting for the readers to leave is never woken.
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
        while (writing || writersWaiting > 0) changed.wait(lock);
        readers++;
    }

    void releaseRead() {
        lock_guard<mutex> lock(m);
        if (readers == 0) throw runtime_error("releaseRead() without acquireRead()");
        readers--;
    }

    void acquireWrite() {
        unique_lock<mutex> lock(m);
        writersWaiting++;
        while (writing || readers > 0) changed.wait(lock);
        writersWaiting--;
        writing = true;
    }

    void releaseWrite() {
        lock_guard<mutex> lock(m);
        if (!writing) throw runtime_error("releaseWrite() without acquireWrite()");
        writing = false;
        changed.notify_all();
    }
};
