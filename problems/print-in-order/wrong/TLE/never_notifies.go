// fails: test_reverse_order, test_second_before_first, test_every_call_order
// A step that ran never calls Broadcast: a step already waiting for it is never woken (a lost wake-up).
import "sync"

type Foo struct {
	turn  *sync.Cond
	steps []string
}

func Constructor() Foo {
	return Foo{turn: sync.NewCond(&sync.Mutex{})}
}

func (this *Foo) First() {
	this.turn.L.Lock()
	defer this.turn.L.Unlock()
	this.steps = append(this.steps, "first")
}

func (this *Foo) Second() {
	this.turn.L.Lock()
	defer this.turn.L.Unlock()
	for len(this.steps) < 1 {
		this.turn.Wait()
	}
	this.steps = append(this.steps, "second")
}

func (this *Foo) Third() {
	this.turn.L.Lock()
	defer this.turn.L.Unlock()
	for len(this.steps) < 2 {
		this.turn.Wait()
	}
	this.steps = append(this.steps, "third")
}

func (this *Foo) Log() []string {
	this.turn.L.Lock()
	defer this.turn.L.Unlock()
	return append([]string{}, this.steps...)
}
