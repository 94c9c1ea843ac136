def f(nums):
    # Star-unpacking a local list copies it: the count weighs it by the list's size.
    first, *_, last = nums
    return last - first
