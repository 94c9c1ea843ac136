/**
 * Merge sort that counts as it merges: when the right half's head is taken
 * while left[i..] still waits, it is smaller than all of them, which is
 * (mid - i) inversions at once.  O(n log n).
 * Values past 2**53 arrive as BigInts; they only meet in comparisons, which
 * mix BigInts and numbers exactly.  The count (at most n(n-1)/2) is a number.
 * @param {number[]} nums
 * @return {number}
 */
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
            if (items[i] <= items[j]) {
                buffer[k++] = items[i++]; // equal values are not an inversion
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
