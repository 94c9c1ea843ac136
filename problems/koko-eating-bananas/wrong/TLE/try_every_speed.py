# fails: test_large_input
# Correct but O(n * max(piles)): tries speeds 1, 2, 3, ... until one is fast enough; up to 10**9 speeds.
def min_eating_speed(piles: list[int], h: int) -> int:
    speed = 1
    while sum(-(-pile // speed) for pile in piles) > h:
        speed += 1
    return speed
