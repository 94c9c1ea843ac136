// verdict: OLE
var twoSum = function(nums, target) {
    for (;;) console.log("spam ".repeat(200));
};
