def min_eating_speed(piles: list[int], h: int) -> int:
    """The smallest speed k that eats every pile within h hours."""
    raise NotImplementedError("write your solution here")
