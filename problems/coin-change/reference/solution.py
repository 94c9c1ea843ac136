def coin_change(coins: list[int], amount: int) -> int:
    # fewest[a]: the fewest coins that make a (None: a cannot be made).
    # Bottom-up, so no recursion however large the amount.
    values = sorted({coin for coin in coins if coin <= amount})  # a bigger coin never fits
    fewest: list[int | None] = [0] + [None] * amount
    for a in range(1, amount + 1):
        options = [fewest[a - coin] for coin in values if coin <= a]
        best = min((count for count in options if count is not None), default=None)
        fewest[a] = None if best is None else best + 1
    result = fewest[amount]
    return -1 if result is None else result
