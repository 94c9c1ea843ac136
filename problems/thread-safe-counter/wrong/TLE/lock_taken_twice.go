// fails: test_examples, test_new_counter, test_concurrent_increments, test_large_input
// Increment holds the mutex and calls Add, which locks it again: a sync.Mutex is not reentrant, so the call waits for
// itself forever.
import "sync"

type Counter struct {
	mu    sync.Mutex
	count int64
}

func Constructor() Counter {
	return Counter{}
}

func (this *Counter) Increment() int64 {
	this.mu.Lock()
	defer this.mu.Unlock()
	return this.Add(1)
}

func (this *Counter) Add(n int64) int64 {
	this.mu.Lock()
	defer this.mu.Unlock()
	this.count += n
	return this.count
}

func (this *Counter) Value() int64 {
	this.mu.Lock()
	defer this.mu.Unlock()
	return this.count
}
