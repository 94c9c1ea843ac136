# fails: test_large_input
# Correct but O(n^2): tries every buy day with every later sell day, about 5 * 10**9 pairs on the large input.
def max_profit(prices: list[int]) -> int:
    best = 0
    for buy in range(len(prices)):
        for sell in range(buy + 1, len(prices)):
            best = max(best, prices[sell] - prices[buy])
    return best
