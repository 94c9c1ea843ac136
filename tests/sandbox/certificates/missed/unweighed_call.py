# missed: whose work the count does not weigh
import functools
import operator


def f(nums):
    return functools.reduce(operator.add, nums)
