// verdict: WA
var twoSum = function(nums, target) {

};
