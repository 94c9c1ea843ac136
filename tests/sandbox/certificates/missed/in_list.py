# missed: `in` on a list
def f(nums):
    out = []
    for x in nums:
        if x not in out:
            out.append(x)
    return out
