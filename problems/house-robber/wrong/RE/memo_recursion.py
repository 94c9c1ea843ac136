# fails: test_large_input
# Correct memoised recursion from the first house, but one level per house: 10**5 levels exceed the recursion limit.
from functools import cache


def rob(nums: list[int]) -> int:
    @cache
    def best_from(i: int) -> int:
        if i >= len(nums):
            return 0
        return max(nums[i] + best_from(i + 2), best_from(i + 1))

    return best_from(0)
