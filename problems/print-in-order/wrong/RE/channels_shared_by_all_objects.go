// fails: test_objects_are_independent
// The channels are package variables, shared by every Foo: the second object's First closes a channel the first
// object's already closed (a panic: close of closed channel).
import "sync"

var firstDone, secondDone = make(chan struct{}), make(chan struct{})

type Foo struct {
	mu    *sync.Mutex
	steps []string
}

func Constructor() Foo {
	return Foo{mu: &sync.Mutex{}}
}

func (this *Foo) First() {
	this.record("first")
	close(firstDone)
}

func (this *Foo) Second() {
	<-firstDone
	this.record("second")
	close(secondDone)
}

func (this *Foo) Third() {
	<-secondDone
	this.record("third")
}

func (this *Foo) Log() []string {
	this.mu.Lock()
	defer this.mu.Unlock()
	return append([]string{}, this.steps...)
}

func (this *Foo) record(name string) {
	this.mu.Lock()
	defer this.mu.Unlock()
	this.steps = append(this.steps, name)
}
