// One mutex and two condition variables on it: producers wait for room,
// consumers for an element, and each side wakes only the side that can now
// go on.  The predicate overloads of wait() re-check after every wake-up.
class BoundedBlockingQueue {
    int capacity;
    queue<int> items;
    mutex m;
    condition_variable notFull;
    condition_variable notEmpty;

public:
    BoundedBlockingQueue(int capacity) : capacity(capacity) {}

    void enqueue(int element) {
        unique_lock<mutex> lock(m);
        notFull.wait(lock, [this] { return (int)items.size() < capacity; });
        items.push(element);
        notEmpty.notify_one();
    }

    int dequeue() {
        unique_lock<mutex> lock(m);
        notEmpty.wait(lock, [this] { return !items.empty(); });
        int element = items.front();
        items.pop();
        notFull.notify_one();
        return element;
    }

    int size() {
        lock_guard<mutex> lock(m);
        return items.size();
    }
};
