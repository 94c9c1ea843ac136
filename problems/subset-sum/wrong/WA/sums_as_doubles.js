// fails: test_large_values
// Turns every value into a Number so the arithmetic mixes freely: 10**18 - 1 rounds to 10**18,
// so sums that differ by a little at that size look equal.
var hasSubsetSum = function (nums, k) {
    const reachable = new Set();
    for (const value of nums.map(Number)) {
        for (const total of [...reachable]) reachable.add(total + value);
        reachable.add(value);
    }
    return reachable.has(Number(k));
};
