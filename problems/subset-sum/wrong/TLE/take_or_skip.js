// fails: test_large_input
// Right answers, but each value is either taken or skipped, recursively: 2**n subsets, far too
// many for 40 values, however few distinct sums they have.
var hasSubsetSum = function (nums, k) {
    const values = nums.map(BigInt);
    const target = BigInt(k);
    const search = (i, total, taken) => {
        if (i === values.length) return taken && total === target;
        return search(i + 1, total + values[i], true) || search(i + 1, total, taken);
    };
    return search(0, 0n, false);
};
