from functools import reduce
from operator import xor


def single_number(nums: list[int]) -> int:
    # x ^ x == 0 and x ^ 0 == x, in any order: every pair cancels out and the
    # single number is what is left.  Python's ints xor as if in infinite
    # two's complement, so negative and huge values need no special case.
    return reduce(xor, nums, 0)
