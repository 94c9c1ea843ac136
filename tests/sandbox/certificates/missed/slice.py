# missed: a slice of a list
def f(nums):
    return sum(nums[1:])
