// A buffered channel is a bounded blocking queue: a send waits while the
// buffer is full, a receive while it is empty, each waiting call is freed in
// the order it came, and len() is the number of elements buffered.
type BoundedBlockingQueue struct {
	items chan int
}

func Constructor(capacity int) BoundedBlockingQueue {
	return BoundedBlockingQueue{items: make(chan int, capacity)}
}

func (this *BoundedBlockingQueue) Enqueue(element int) {
	this.items <- element
}

func (this *BoundedBlockingQueue) Dequeue() int {
	return <-this.items
}

func (this *BoundedBlockingQueue) Size() int {
	return len(this.items)
}
