// verdict: CE
var twoSumm = function(nums, target) {
    return [];
};
