def alien_order(words: list[str]) -> str:
    """Each letter in words once, in an order that sorts words; "" if none exists."""
    raise NotImplementedError("write your solution here")
