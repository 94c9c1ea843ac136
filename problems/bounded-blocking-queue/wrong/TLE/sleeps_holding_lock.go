// fails: test_dequeue_waits_for_enqueue, test_enqueue_waits_while_full, test_one_element_wakes_one_consumer
// Waits for room (or for an element) by sleeping with the mutex held, so the call that would make room (or add one)
// can never get in: a deadlock.
import (
	"sync"
	"time"
)

type BoundedBlockingQueue struct {
	mu       *sync.Mutex
	items    []int
	capacity int
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{mu: &sync.Mutex{}, capacity: capacity}
}

func (this *BoundedBlockingQueue) Enqueue(element int) {
	this.mu.Lock()
	defer this.mu.Unlock()
	for len(this.items) == this.capacity {
		time.Sleep(time.Millisecond)
	}
	this.items = append(this.items, element)
}

func (this *BoundedBlockingQueue) Dequeue() int {
	this.mu.Lock()
	defer this.mu.Unlock()
	for len(this.items) == 0 {
		time.Sleep(time.Millisecond)
	}
	element := this.items[0]
	this.items = this.items[1:]
	return element
}

func (this *BoundedBlockingQueue) Size() int {
	this.mu.Lock()
	defer this.mu.Unlock()
	return len(this.items)
}
