def f(nums):
    # A set of small ints: `in` and add are a hash each.
    target = -1
    seen: set[int] = set()
    for x in nums:
        if target - x in seen:
            return True
        seen.add(x)
    return False
