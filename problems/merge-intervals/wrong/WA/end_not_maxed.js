// fails: test_examples, test_nested_intervals, test_matches_reference
// Takes the later interval's end when merging, even when it ends first: [[1, 10], [2, 3]] gives [[1, 3]].
var mergeIntervals = function (intervals) {
    const merged = [];
    for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
        const last = merged[merged.length - 1];
        if (last !== undefined && start <= last[1]) last[1] = end;
        else merged.push([start, end]);
    }
    return merged;
};
