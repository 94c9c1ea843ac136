// fails: test_examples, test_pop_brings_back_the_old_minimum, test_matches_reference
// Keeps the minimum in one field, lowered on push but never raised on pop:
// after the minimum is popped, GetMin still returns it.
import "math"

type MinStack struct {
	values []int
	min    int
}

func Constructor() MinStack {
	return MinStack{min: math.MaxInt}
}

func (this *MinStack) Push(val int) {
	this.values = append(this.values, val)
	if val < this.min {
		this.min = val
	}
}

func (this *MinStack) Pop() {
	this.values = this.values[:len(this.values)-1]
}

func (this *MinStack) Top() int {
	return this.values[len(this.values)-1]
}

func (this *MinStack) GetMin() int {
	return this.min
}
