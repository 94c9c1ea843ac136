// The gate problem of test_golang.py: Wait blocks until Open closes the channel; Take panics on an empty slice.
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
	close(this.opened)
}

func (this *Gate) Take() int {
	return this.items[0]
}
