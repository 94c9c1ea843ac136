// fails: test_negative_numbers, test_matches_reference
// Skips negative numbers, as if every input were non-negative.
var twoSum = function (nums, target) {
    const firstIndex = new Map();
    for (let j = 0; j < nums.length; j++) {
        if (nums[j] < 0) continue;
        const i = firstIndex.get(target - nums[j]);
        if (i !== undefined) return [i, j];
        if (!firstIndex.has(nums[j])) firstIndex.set(nums[j], j);
    }
    return [];
};
