// fails: test_negative_numbers, test_large_values, test_large_input, test_matches_reference
// Sorts with the default comparator, which compares values as strings: 10 sorts before 9, and
// -1 before -2, so the k-th from the end is not the k-th largest.
var findKthLargest = function (nums, k) {
    const sorted = [...nums].sort();
    return sorted[sorted.length - k];
};
