// verdict: MLE
var twoSum = function(nums, target) {
    const keep = [];
    for (;;) keep.push(new Array(1 << 16).fill(target));
};
