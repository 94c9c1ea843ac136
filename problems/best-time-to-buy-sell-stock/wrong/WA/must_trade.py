# fails: test_examples, test_falling_prices, test_large_input, test_matches_reference
# Starts from the first possible trade's profit instead of 0, so falling prices give a loss instead of "no trade".
def max_profit(prices: list[int]) -> int:
    if len(prices) < 2:
        return 0
    best = prices[1] - prices[0]
    lowest = prices[0]
    for price in prices[1:]:
        best = max(best, price - lowest)
        lowest = min(lowest, price)
    return best
