def coin_change(coins: list[int], amount: int) -> int:
    """The fewest coins (any number of each value) that sum to amount, or -1."""
    return -1
