# missed: a slice of a list
def f(nums):
    # A jump lands inside the line: its event does not say whether the slice ran.
    return sum(nums[1:] if nums else nums)
