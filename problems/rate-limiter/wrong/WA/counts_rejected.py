# fails: test_rejected_requests_do_not_count, test_matches_reference
# Logs every request, rejected ones too: a client that keeps knocking stays locked out.
from collections import deque


class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.logs: dict[str, deque[int]] = {}

    def allow(self, client: str, timestamp: int) -> bool:
        log = self.logs.setdefault(client, deque())
        while log and log[0] <= timestamp - self.window:
            log.popleft()
        log.append(timestamp)
        return len(log) <= self.limit
