// fails: test_enqueue_waits_while_full, test_room_for_one_wakes_one_producer
// Dequeue signals the consumers' condition instead of the producers': a producer waiting on a full queue is never woken.
import "sync"

type BoundedBlockingQueue struct {
	mu       *sync.Mutex
	notFull  *sync.Cond
	notEmpty *sync.Cond
	items    []int
	capacity int
}

func Constructor(capacity int) BoundedBlockingQueue {
	mu := &sync.Mutex{}
	return BoundedBlockingQueue{mu: mu, notFull: sync.NewCond(mu), notEmpty: sync.NewCond(mu), capacity: capacity}
}

func (this *BoundedBlockingQueue) Enqueue(element int) {
	this.mu.Lock()
	defer this.mu.Unlock()
	for len(this.items) == this.capacity {
		this.notFull.Wait()
	}
	this.items = append(this.items, element)
	this.notEmpty.Signal()
}

func (this *BoundedBlockingQueue) Dequeue() int {
	this.mu.Lock()
	defer this.mu.Unlock()
	for len(this.items) == 0 {
		this.notEmpty.Wait()
	}
	element := this.items[0]
	this.items = this.items[1:]
	this.notEmpty.Signal()
	return element
}

func (this *BoundedBlockingQueue) Size() int {
	this.mu.Lock()
	defer this.mu.Unlock()
	return len(this.items)
}
