# fails: test_examples, test_matches_reference
# Binary search that sets high = mid - 1 on a fast-enough speed: when mid was the answer, it is thrown away.
def min_eating_speed(piles: list[int], h: int) -> int:
    low, high = 1, max(piles)
    while low < high:
        mid = (low + high) // 2
        if sum(-(-pile // mid) for pile in piles) <= h:
            high = mid - 1
        else:
            low = mid + 1
    return low
