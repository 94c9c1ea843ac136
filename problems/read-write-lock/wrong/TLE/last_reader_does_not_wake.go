// fails: test_writer_waits_for_readers, test_waiting_writer_goes_first
// ReleaseRead never wakes anyone: a writer waiting for the readers to leave is never woken.
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
