// fails: test_enqueue_waits_while_full, test_room_for_one_wakes_one_producer
// dequeue wakes the consumers' condition instead of the producers': a producer waiting on a full queue is never woken.
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
        notEmpty.notify_one();
        return element;
    }

    int size() {
        lock_guard<mutex> lock(m);
        return items.size();
    }
};
