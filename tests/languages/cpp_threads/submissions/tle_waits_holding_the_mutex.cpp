// verdict: TLE
// dequeue polls an empty queue holding the mutex: the enqueue that would free it never gets in.
class BoundedBlockingQueue {
    int capacity;
    queue<int> items;
    mutex m;

public:
    BoundedBlockingQueue(int capacity) : capacity(capacity) {
        if (capacity < 1) throw invalid_argument("capacity must be at least 1");
    }

    void enqueue(int element) {
        lock_guard<mutex> lock(m);
        while ((int)items.size() >= capacity) this_thread::sleep_for(chrono::milliseconds(1));
        items.push(element);
    }

    int dequeue() {
        lock_guard<mutex> lock(m);
        while (items.empty()) this_thread::sleep_for(chrono::milliseconds(1));
        int element = items.front();
        items.pop();
        return element;
    }

    int size() {
        lock_guard<mutex> lock(m);
        return items.size();
    }
};
