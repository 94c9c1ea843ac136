// Every read-modify-write, and the read of its result, happens under one mutex.
import "sync"

type Counter struct {
	mu    sync.Mutex
	count int64
}

func Constructor() Counter {
	return Counter{}
}

func (this *Counter) Increment() int64 {
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
