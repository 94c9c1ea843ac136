// fails: test_one_element_wakes_one_consumer, test_room_for_one_wakes_one_producer
// Checks the condition once (`if`, not `while`) before waiting: notify_all wakes every waiting consumer for one element,
// and the extra ones read a slot already taken.
class BoundedBlockingQueue {
    // A ring buffer: `count` elements from `head` on.
    vector<int> slots;
    int head = 0;
    int count = 0;
    mutex m;
    condition_variable changed;

public:
    BoundedBlockingQueue(int capacity) : slots(capacity) {}

    void enqueue(int element) {
        unique_lock<mutex> lock(m);
        if (count == (int)slots.size()) changed.wait(lock);
        slots[(head + count) % slots.size()] = element;
        count++;
        changed.notify_all();
    }

    int dequeue() {
        unique_lock<mutex> lock(m);
        if (count == 0) changed.wait(lock);
        int element = slots[head];
        head = (head + 1) % slots.size();
        count--;
        changed.notify_all();
        return element;
    }

    int size() {
        lock_guard<mutex> lock(m);
        return count;
    }
};
