/**
 * Sorted by start, each interval joins the last merged one when it overlaps
 * or touches it: O(n log n).  The input is left as it was.
 * @param {number[][]} intervals
 * @return {number[][]}
 */
var mergeIntervals = function (intervals) {
    const merged = [];
    for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
        const last = merged[merged.length - 1];
        if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
        else merged.push([start, end]);
    }
    return merged;
};
