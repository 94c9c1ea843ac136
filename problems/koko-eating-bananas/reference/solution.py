def min_eating_speed(piles: list[int], h: int) -> int:
    # The hours needed only fall as the speed rises, so binary search for
    # the first fast-enough speed in [1, max(piles)]: at max(piles) every
    # pile takes one hour, and h >= len(piles).
    def fast_enough(speed: int) -> bool:
        return sum(-(-pile // speed) for pile in piles) <= h  # ceiling division

    low, high = 1, max(piles)
    while low < high:
        mid = (low + high) // 2
        if fast_enough(mid):
            high = mid
        else:
            low = mid + 1
    return low
