// fails: test_examples, test_duplicates, test_large_values, test_large_input, test_matches_reference
// Merges with `<` where `<=` belongs: on a tie the right value goes first and counts the waiting
// equal left values as inversions, so [1, 1, 1] has 3.
var countInversions = function (nums) {
    const items = [...nums];
    const buffer = new Array(items.length);
    const sortAndCount = (lo, hi) => {
        if (hi - lo < 2) return 0;
        const mid = (lo + hi) >> 1;
        let count = sortAndCount(lo, mid) + sortAndCount(mid, hi);
        let i = lo;
        let j = mid;
        let k = lo;
        while (i < mid && j < hi) {
            if (items[i] < items[j]) {
                buffer[k++] = items[i++];
            } else {
                count += mid - i;
                buffer[k++] = items[j++];
            }
        }
        while (i < mid) buffer[k++] = items[i++];
        while (j < hi) buffer[k++] = items[j++];
        for (let t = lo; t < hi; t++) items[t] = buffer[t];
        return count;
    };
    return sortAndCount(0, items.length);
};
