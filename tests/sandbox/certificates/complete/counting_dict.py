def f(nums):
    # dict.get and a store, keyed by small ints.
    counts: dict[int, int] = {}
    for x in nums:
        counts[x % 7] = counts.get(x % 7, 0) + 1
    return counts
