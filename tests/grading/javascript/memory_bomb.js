// verdict: MLE
var twoSum = function(nums, target) {
    // Arrays of doubles, 8 MiB each: the heap fills in a few steps the
    // collector need not scan, so the memory limit comes long before the CPU limit.
    const keep = [];
    for (;;) keep.push(new Array(1 << 20).fill(target + 0.5));
};
