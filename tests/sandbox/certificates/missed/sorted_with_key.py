# missed: with keyword arguments
def f(nums):
    return sorted(nums, key=lambda x: -x)
