# missed: a slice of a list
def f(nums):
    # A bound the count cannot read at the line's event (a call's result): the slice is not weighed.
    return sum(nums[1 : len(nums)])
