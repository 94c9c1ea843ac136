# missed: a slice of a list
def f(nums):
    # A bound the count cannot read at the line's event (an item of a list): the slice is not weighed.
    return sum(nums[nums[0] :])
