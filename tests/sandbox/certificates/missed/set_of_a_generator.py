# missed: `set` of
def f(nums):
    return len(set(x for x in nums))
