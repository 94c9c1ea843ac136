# fails: test_large_input
# Correct memoised recursion, but it goes one coin deeper per call: 10**4 coins of 1 exceed the recursion limit.
from functools import cache


def coin_change(coins: list[int], amount: int) -> int:
    @cache
    def fewest(rest: int) -> float:
        if rest == 0:
            return 0
        return min((fewest(rest - coin) + 1 for coin in coins if coin <= rest), default=float("inf"))

    best = fewest(amount)
    return -1 if best == float("inf") else int(best)
