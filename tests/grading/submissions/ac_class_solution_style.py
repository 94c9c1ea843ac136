# The `class Solution:` style of interview sites is accepted.
from typing import List


class Solution:
    def two_sum(self, nums: List[int], target: int) -> List[int]:
        index = {}
        for j, value in enumerate(nums):
            if target - value in index:
                return [index[target - value], j]
            index.setdefault(value, j)
        return []
