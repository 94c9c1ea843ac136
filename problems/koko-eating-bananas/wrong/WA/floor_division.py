# fails: test_examples, test_single_pile, test_rounding_up, test_large_input, test_matches_reference
# Counts hours with pile // speed, forgetting that a partly eaten pile still costs a whole hour: the speed comes out too low.
def min_eating_speed(piles: list[int], h: int) -> int:
    low, high = 1, max(piles)
    while low < high:
        mid = (low + high) // 2
        if sum(pile // mid for pile in piles) <= h:
            high = mid
        else:
            low = mid + 1
    return low
