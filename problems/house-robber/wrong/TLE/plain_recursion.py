# fails: test_large_values, test_large_input
# Rob-or-skip recursion without memoisation: Fibonacci-many calls, over the time limit from about 60 houses on.
def rob(nums: list[int]) -> int:
    def best_from(i: int) -> int:
        if i >= len(nums):
            return 0
        return max(nums[i] + best_from(i + 2), best_from(i + 1))

    return best_from(0)
