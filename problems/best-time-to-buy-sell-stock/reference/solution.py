def max_profit(prices: list[int]) -> int:
    # Selling on day i, the best buy is the lowest price before it.
    best = 0
    lowest = None
    for price in prices:
        if lowest is None or price < lowest:
            lowest = price
        else:
            best = max(best, price - lowest)
    return best
