class LRUCache:
    def __init__(self, capacity: int):
        raise NotImplementedError("write your solution here")

    def get(self, key: int) -> int:
        """The value for key, or -1 if absent; a hit counts as a use."""
        raise NotImplementedError("write your solution here")

    def put(self, key: int, value: int) -> None:
        """Store value for key (a use), evicting the least recently used key if full."""
        raise NotImplementedError("write your solution here")
