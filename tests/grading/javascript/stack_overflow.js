// verdict: RE
var twoSum = function(nums, target) {
    const deeper = (n) => deeper(n + 1) + 1;
    return deeper(0);
};
