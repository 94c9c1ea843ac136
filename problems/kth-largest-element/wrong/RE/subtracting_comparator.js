// fails: test_large_values
// Sorts with (a, b) => b - a: right for numbers, but values past 2**53 arrive as BigInts, and
// then the comparator returns a BigInt, which sort cannot turn into a number (a TypeError; a
// BigInt minus a number would throw one too).
var findKthLargest = function (nums, k) {
    return [...nums].sort((a, b) => b - a)[k - 1];
};
