from bisect import bisect_left, insort


def f(nums):
    # Weighed builtins on lists of small ints.
    ordered = sorted(nums)
    kept: list[int] = []
    for i in range(3):
        insort(kept, nums[i])
    return bisect_left(ordered, kept[0])
