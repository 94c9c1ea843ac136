def rob(nums: list[int]) -> int:
    # Walking along the street: `taken` is the best total that robs the
    # current house, `skipped` the best that does not. O(n) time, O(1) memory.
    taken = skipped = 0
    for money in nums:
        taken, skipped = skipped + money, max(taken, skipped)
    return max(taken, skipped)
