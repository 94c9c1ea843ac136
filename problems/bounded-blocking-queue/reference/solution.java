import java.util.ArrayDeque;
import java.util.Deque;

/** A monitor: enqueue waits while full, dequeue while empty; each wakes the other side. */
class BoundedBlockingQueue {
    private final int capacity;
    private final Deque<Integer> items = new ArrayDeque<>();

    public BoundedBlockingQueue(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void enqueue(int element) throws InterruptedException {
        while (items.size() == capacity) wait();
        items.addLast(element);
        notifyAll();
    }

    public synchronized int dequeue() throws InterruptedException {
        while (items.isEmpty()) wait();
        int element = items.removeFirst();
        notifyAll();
        return element;
    }

    public synchronized int size() {
        return items.size();
    }
}
