// The gate problem of test_golang.py, with an Open that forgets to close the channel: Wait blocks for ever.
type Gate struct {
	opened chan struct{}
	value  int
	items  []int
}

func Constructor() Gate {
	return Gate{opened: make(chan struct{})}
}

func (this *Gate) Wait() int {
	<-this.opened
	return this.value
}

func (this *Gate) Open(value int) {
	this.value = value
}

func (this *Gate) Take() int {
	return this.items[0]
}
