// verdict: RE
var twoSum = function(nums, target) {
    return nums.reduce((found, x) => found.concat(x.missing.field), []);
};
