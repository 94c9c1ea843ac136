# complexity: worse
# Correct, but O(n) per call: keeps every allowed timestamp forever and recounts
# the ones in the window on each request.  No per-call limit catches it; the ladder does.
class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.allowed: dict[str, list[int]] = {}

    def allow(self, client: str, timestamp: int) -> bool:
        history = self.allowed.setdefault(client, [])
        recent = sum(1 for t in history if t > timestamp - self.window)
        if recent >= self.limit:
            return False
        history.append(timestamp)
        return True
