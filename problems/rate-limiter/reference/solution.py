from collections import deque


class RateLimiter:
    # Per client, the timestamps of its allowed requests still inside the
    # window, oldest first.  Timestamps never decrease, so expired ones are
    # always at the front: each is appended once and dropped once.
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.logs: dict[str, deque[int]] = {}

    def allow(self, client: str, timestamp: int) -> bool:
        log = self.logs.setdefault(client, deque())
        while log and log[0] <= timestamp - self.window:  # outside (timestamp - window, timestamp]
            log.popleft()
        if len(log) >= self.limit:
            return False
        log.append(timestamp)
        return True
