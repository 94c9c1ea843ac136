// fails: test_examples, test_pop_brings_back_the_old_minimum, test_repeated_minimum, test_large_values, test_emptied_and_reused, test_matches_reference
// Keeps one minimum beside the stack: a push lowers it, but a pop never raises it back, so
// after the minimum is popped get_min still answers with it.
var MinStack = function () {
    this.values = [];
    this.minimum = null;
};

MinStack.prototype.push = function (val) {
    this.values.push(val);
    if (this.minimum === null || val < this.minimum) this.minimum = val;
};

MinStack.prototype.pop = function () {
    this.values.pop();
};

MinStack.prototype.top = function () {
    return this.values[this.values.length - 1];
};

MinStack.prototype.getMin = function () {
    return this.minimum;
};
