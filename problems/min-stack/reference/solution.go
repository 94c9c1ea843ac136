// Go's int is 64 bits, so LeetCode's `int` signature holds the statement's values (up to 10**18).
// Each entry keeps the minimum of the stack up to and including it, so a pop
// uncovers the older minimum with no search: O(1) per operation.
type entry struct {
	val, min int
}

type MinStack struct {
	entries []entry
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	min := val
	if n := len(this.entries); n > 0 && this.entries[n-1].min < min {
		min = this.entries[n-1].min
	}
	this.entries = append(this.entries, entry{val, min})
}

func (this *MinStack) Pop() {
	this.entries = this.entries[:len(this.entries)-1]
}

func (this *MinStack) Top() int {
	return this.entries[len(this.entries)-1].val
}

func (this *MinStack) GetMin() int {
	return this.entries[len(this.entries)-1].min
}
