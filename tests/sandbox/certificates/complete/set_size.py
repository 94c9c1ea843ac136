def f(nums):
    # set() of a local list: the count weighs it by the list's size.
    return len(set(nums)) != len(nums)
