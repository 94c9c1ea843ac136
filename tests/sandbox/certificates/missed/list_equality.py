# missed: a comparison
def f(nums):
    return sorted(nums) == nums
