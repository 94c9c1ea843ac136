class LFUCache:
    def __init__(self, capacity: int) -> None:
        pass

    def get(self, key: int) -> int:
        """The value for key, or -1 if absent; a hit counts as a use."""
        return -1

    def put(self, key: int, value: int) -> None:
        """Store value for key (a use), evicting the least frequently used key if full."""
        pass
