# fails: test_examples, test_impossible, test_matches_reference
# A correct DP with float("inf") for "cannot be made", but it returns inf instead of -1 when the amount is impossible.
def coin_change(coins: list[int], amount: int) -> int:
    fewest = [0] + [float("inf")] * amount
    for a in range(1, amount + 1):
        for coin in coins:
            if coin <= a:
                fewest[a] = min(fewest[a], fewest[a - coin] + 1)
    return fewest[amount]
