// verdict: RE
// dequeue on an empty queue reads through a null pointer: the crash of a call's thread ends the case.
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
        items.push(element);
    }

    int dequeue() {
        lock_guard<mutex> lock(m);
        volatile int* nothing = nullptr;
        if (items.empty()) return *nothing;
        int element = items.front();
        items.pop();
        return element;
    }

    int size() {
        lock_guard<mutex> lock(m);
        return items.size();
    }
};
