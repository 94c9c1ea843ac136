// verdict: CE
var twoSum = function(nums, target) {
    return [0, 1;
};
