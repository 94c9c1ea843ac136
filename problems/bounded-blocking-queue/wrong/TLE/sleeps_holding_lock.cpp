// fails: test_dequeue_waits_for_enqueue, test_enqueue_waits_while_full, test_one_element_wakes_one_consumer
// Waits for room (or for an element) while holding the mutex, so the call that would make room (or add one) can never
// get in: a deadlock.
class BoundedBlockingQueue {
    int capacity;
    queue<int> items;
    mutex m;

public:
    BoundedBlockingQueue(int capacity) : capacity(capacity) {}

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
