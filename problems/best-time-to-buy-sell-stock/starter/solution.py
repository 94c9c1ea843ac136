def max_profit(prices: list[int]) -> int:
    """The best profit from buying once and selling on a later day, or 0."""
    raise NotImplementedError("write your solution here")
