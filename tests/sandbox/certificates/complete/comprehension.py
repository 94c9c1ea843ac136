def f(nums):
    # A comprehension: its own function on 3.11, inlined on 3.12+.
    pivot = nums[len(nums) // 2]
    return [x for x in nums if x < pivot]
