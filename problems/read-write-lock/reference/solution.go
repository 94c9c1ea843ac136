// One condition guards three facts: how many readers hold the lock, whether
// a writer holds it, and how many writers wait for it (they go before
// readers who come after them).  A release without its acquire panics: the
// test sees a RuntimeError.
import "sync"

type ReadWriteLock struct {
	changed        *sync.Cond
	readers        int
	writing        bool
	writersWaiting int
}

func Constructor() ReadWriteLock {
	return ReadWriteLock{changed: sync.NewCond(&sync.Mutex{})}
}

func (this *ReadWriteLock) AcquireRead() {
	this.changed.L.Lock()
	defer this.changed.L.Unlock()
	for this.writing || this.writersWaiting > 0 {
		this.changed.Wait()
	}
	this.readers++
}

func (this *ReadWriteLock) ReleaseRead() {
	this.changed.L.Lock()
	defer this.changed.L.Unlock()
	if this.readers == 0 {
		panic("ReleaseRead() without AcquireRead()")
	}
	this.readers--
	if this.readers == 0 {
		this.changed.Broadcast()
	}
}

func (this *ReadWriteLock) AcquireWrite() {
	this.changed.L.Lock()
	defer this.changed.L.Unlock()
	this.writersWaiting++
	for this.writing || this.readers > 0 {
		this.changed.Wait()
	}
	this.writersWaiting--
	this.writing = true
}

func (this *ReadWriteLock) ReleaseWrite() {
	this.changed.L.Lock()
	defer this.changed.L.Unlock()
	if !this.writing {
		panic("ReleaseWrite() without AcquireWrite()")
	}
	this.writing = false
	// Readers and writers may both be waiting: wake all, each checks again.
	this.changed.Broadcast()
}
