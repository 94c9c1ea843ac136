# fails: test_window_boundary, test_limit_one, test_window_one, test_large_values, test_matches_reference
# Drops only timestamps < timestamp - window: the window is [t - window, t], one unit too long.
from collections import deque


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.logs: dict[str, deque[int]] = {}

    def allow(self, client: str, timestamp: int) -> bool:
        log = self.logs.setdefault(client, deque())
        while log and log[0] < timestamp - self.window:
            log.popleft()
        if len(log) >= self.limit:
            return False
        log.append(timestamp)
        return True
