# fails: test_examples, test_falling_prices, test_lowest_price_comes_late, test_matches_reference
# Returns max(prices) - min(prices), forgetting that the buy must come before the sale.
def max_profit(prices: list[int]) -> int:
    return max(prices) - min(prices) if prices else 0
