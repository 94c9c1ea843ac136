/**
 * Grows the set of sums of the non-empty subsets seen so far: each value is
 * added to every earlier sum, and is a sum on its own.  O(n * S), S the
 * number of distinct sums.
 * Values and k reach 10**18, past a double's exact integers: the judge sends
 * those as BigInts and smaller ones as numbers, so everything is made a
 * BigInt before any arithmetic (a BigInt and a number do not mix).
 * @param {number[]} nums
 * @param {number} k
 * @return {boolean}
 */
var hasSubsetSum = function (nums, k) {
    const reachable = new Set();
    for (const value of nums.map(BigInt)) {
        for (const total of [...reachable]) reachable.add(total + value);
        reachable.add(value);
    }
    return reachable.has(BigInt(k));
};
