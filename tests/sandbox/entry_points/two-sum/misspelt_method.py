# expect: CE | misspelt_method.py defines no function 'two_sum': it defines Solution, Solution.twoSumm, helper; did you mean 'Solution.twoSumm'?
from collections import defaultdict


class Solution:
    def twoSumm(self, nums, target):
        return []


def helper():
    return defaultdict(int)
