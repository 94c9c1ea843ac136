// fails: test_third_before_second, test_every_call_order
// Third waits for the wrong channel (first's, not second's): once First has run, Third can run before Second.
import "sync"

type Foo struct {
	mu         *sync.Mutex
	steps      []string
	firstDone  chan struct{}
	secondDone chan struct{}
}

func Constructor() Foo {
	return Foo{mu: &sync.Mutex{}, firstDone: make(chan struct{}), secondDone: make(chan struct{})}
}

func (this *Foo) First() {
	this.record("first")
	close(this.firstDone)
}

func (this *Foo) Second() {
	<-this.firstDone
	this.record("second")
	close(this.secondDone)
}

func (this *Foo) Third() {
	<-this.firstDone
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
