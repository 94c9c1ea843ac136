def character_replacement(s: str, k: int) -> int:
    """The longest run of one letter after replacing at most k characters."""
    raise NotImplementedError("write your solution here")
