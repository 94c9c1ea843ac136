// verdict: TLE
var twoSum = function(nums, target) {
    for (;;) {}
};
