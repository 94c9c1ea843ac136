// fails: test_writer_waits_for_readers, test_waiting_writer_goes_first, test_large_input
// AcquireWrite waits only for another writer, forgetting the readers: a writer enters while readers still hold the lock.
import "sync"

type ReadWriteLock struct {
	changed *sync.Cond
	readers int
	writing bool
}

func Constructor() ReadWriteLock {
	return ReadWriteLock{changed: sync.NewCond(&sync.Mutex{})}
}

func (this *ReadWriteLock) AcquireRead() {
	this.changed.L.Lock()
	defer this.changed.L.Unlock()
	for this.writing {
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
	this.changed.Broadcast()
}

func (this *ReadWriteLock) AcquireWrite() {
	this.changed.L.Lock()
	defer this.changed.L.Unlock()
	for this.writing {
		this.changed.Wait()
	}
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
