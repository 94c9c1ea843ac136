// fails: test_large_values
// Right for numbers, but takes the running minimum with Math.min: values past 2**53 arrive as
// BigInts, and Math.min throws a TypeError on a BigInt.
var MinStack = function () {
    this.entries = [];
};

MinStack.prototype.push = function (val) {
    const below = this.entries.length === 0 ? val : this.entries[this.entries.length - 1][1];
    this.entries.push([val, Math.min(val, below)]);
};

MinStack.prototype.pop = function () {
    this.entries.pop();
};

MinStack.prototype.top = function () {
    return this.entries[this.entries.length - 1][0];
};

MinStack.prototype.getMin = function () {
    return this.entries[this.entries.length - 1][1];
};
