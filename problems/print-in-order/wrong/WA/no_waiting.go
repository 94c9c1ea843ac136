// fails: test_reverse_order, test_second_before_first, test_third_before_second, test_every_call_order
// Never waits: each step records its name as soon as it is called, so the log follows the order the calls arrive in.
import "sync"

type Foo struct {
	mu    *sync.Mutex
	steps []string
}

func Constructor() Foo {
	return Foo{mu: &sync.Mutex{}}
}

func (this *Foo) First() {
	this.record("first")
}

func (this *Foo) Second() {
	this.record("second")
}

func (this *Foo) Third() {
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
