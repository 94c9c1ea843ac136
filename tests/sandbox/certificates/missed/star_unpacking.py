# missed: unpacking
def f(nums):
    first, *_, last = nums
    return last - first
