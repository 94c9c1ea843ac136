# missed: `+=` on a list
def f(nums):
    # Extended by a call's result, which the line's event cannot size: not weighed.
    merged = []
    merged += sorted(nums)
    return merged
