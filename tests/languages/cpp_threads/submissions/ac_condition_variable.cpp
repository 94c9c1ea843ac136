// verdict: AC
class BoundedBlockingQueue {
    int capacity;
    queue<int> items;
    mutex m;
    condition_variable changed;

public:
    BoundedBlockingQueue(int capacity) : capacity(capacity) {
        if (capacity < 1) throw invalid_argument("capacity must be at least 1");
    }

    void enqueue(int element) {
        unique_lock<mutex> lock(m);
        changed.wait(lock, [this] { return (int)items.size() < capacity; });
        items.push(element);
        changed.notify_all();
    }

    int dequeue() {
        unique_lock<mutex> lock(m);
        changed.wait(lock, [this] { return !items.empty(); });
        int element = items.front();
        items.pop();
        changed.notify_all();
        return element;
    }

    int size() {
        lock_guard<mutex> lock(m);
        return items.size();
    }
};
