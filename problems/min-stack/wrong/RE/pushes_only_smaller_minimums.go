// fails: test_repeated_minimum, test_matches_reference
// A second stack of minimums that takes a value only when it is strictly SMALLER than the current
// minimum: popping one copy of a repeated minimum drops it though another copy is still there, and a
// later Pop or GetMin indexes the empty minimums (index out of range).
type MinStack struct {
	values   []int
	minimums []int
}

func Constructor() MinStack {
	return MinStack{}
}

func (this *MinStack) Push(val int) {
	this.values = append(this.values, val)
	if len(this.minimums) == 0 || val < this.minimums[len(this.minimums)-1] {
		this.minimums = append(this.minimums, val)
	}
}

func (this *MinStack) Pop() {
	top := this.values[len(this.values)-1]
	this.values = this.values[:len(this.values)-1]
	if top == this.minimums[len(this.minimums)-1] {
		this.minimums = this.minimums[:len(this.minimums)-1]
	}
}

func (this *MinStack) Top() int {
	return this.values[len(this.values)-1]
}

func (this *MinStack) GetMin() int {
	return this.minimums[len(this.minimums)-1]
}
