class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        pass

    def allow(self, client: str, timestamp: int) -> bool:
        """True if client's request at timestamp is allowed (and then counts), else False."""
        return True
