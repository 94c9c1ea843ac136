# fails: test_examples, test_largest_coin_first_fails, test_matches_reference
# Greedy: takes as many of the largest coin as fit, then the next; optimal only for coin systems like 1, 2, 5.
def coin_change(coins: list[int], amount: int) -> int:
    count = 0
    for coin in sorted(coins, reverse=True):
        count += amount // coin
        amount %= coin
    return count if amount == 0 else -1
