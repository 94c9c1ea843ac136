/**
 * One pass with a map from value to its first index: O(n).
 * @param {number[]} nums
 * @param {number} target
 * @return {number[]}
 */
var twoSum = function (nums, target) {
    const firstIndex = new Map();
    for (let j = 0; j < nums.length; j++) {
        const i = firstIndex.get(target - nums[j]);
        if (i !== undefined) return [i, j];
        if (!firstIndex.has(nums[j])) firstIndex.set(nums[j], j);
    }
    return [];
};
