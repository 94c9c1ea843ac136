// fails: test_one_element_wakes_one_consumer, test_room_for_one_wakes_one_producer
// Checks the condition once (`if`, not `for`) before waiting: Broadcast wakes every waiting consumer for one element,
// and the extra ones read a slot already taken.
import "sync"

// A ring buffer: `count` elements from `head` on; the next one goes at `tail`.
type BoundedBlockingQueue struct {
	changed *sync.Cond
	slots   []int
	head    int
	tail    int
	count   int
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{changed: sync.NewCond(&sync.Mutex{}), slots: make([]int, capacity)}
}

func (this *BoundedBlockingQueue) Enqueue(element int) {
	this.changed.L.Lock()
	defer this.changed.L.Unlock()
	if this.count == len(this.slots) {
		this.changed.Wait()
	}
	this.slots[this.tail] = element
	this.tail = (this.tail + 1) % len(this.slots)
	this.count++
	this.changed.Broadcast()
}

func (this *BoundedBlockingQueue) Dequeue() int {
	this.changed.L.Lock()
	defer this.changed.L.Unlock()
	if this.count == 0 {
		this.changed.Wait()
	}
	element := this.slots[this.head]
	this.head = (this.head + 1) % len(this.slots)
	this.count--
	this.changed.Broadcast()
	return element
}

func (this *BoundedBlockingQueue) Size() int {
	this.changed.L.Lock()
	defer this.changed.L.Unlock()
	return this.count
}
