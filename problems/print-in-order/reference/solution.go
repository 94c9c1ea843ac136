// Each step closes a channel when it has recorded its name; the next step
// waits for that close.  A closed channel frees every receive, then and later,
// so the order in which the calls arrive does not matter.
import "sync"

type Foo struct {
	mu         *sync.Mutex // guards steps: Log may read while a step records
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
	<-this.secondDone
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
