# missed: `tuple` of
def f(nums):
    # map of a function the count does not know to be cheap per item: not weighed.
    return tuple(map(repr, nums))
