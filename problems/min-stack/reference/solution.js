/**
 * Each entry keeps its value and the minimum of the stack up to it, so every
 * operation is O(1) and a pop brings the older minimum back by itself.
 * Values past 2**53 arrive as BigInts: they are only compared (never passed
 * to Math.min, which throws on a BigInt), so numbers and BigInts mix.
 */
var MinStack = function () {
    this.entries = []; // [value, minimum of this entry and all below it]
};

/**
 * @param {number} val
 * @return {void}
 */
MinStack.prototype.push = function (val) {
    const below = this.entries.length === 0 ? val : this.entries[this.entries.length - 1][1];
    this.entries.push([val, val < below ? val : below]);
};

/**
 * @return {void}
 */
MinStack.prototype.pop = function () {
    this.entries.pop();
};

/**
 * @return {number}
 */
MinStack.prototype.top = function () {
    return this.entries[this.entries.length - 1][0];
};

/**
 * @return {number}
 */
MinStack.prototype.getMin = function () {
    return this.entries[this.entries.length - 1][1];
};
