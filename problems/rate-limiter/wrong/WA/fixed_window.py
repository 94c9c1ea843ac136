# fails: test_examples, test_matches_reference
# A fixed-window counter (timestamp // window), not a sliding window: a burst
# at the end of one window and another at the start of the next both pass.
class RateLimiter:
    def __init__(self, limit: int, window: int) -> None:
        self.limit = limit
        self.window = window
        self.counts: dict[tuple[str, int], int] = {}

    def allow(self, client: str, timestamp: int) -> bool:
        bucket = (client, timestamp // self.window)
        if self.counts.get(bucket, 0) >= self.limit:
            return False
        self.counts[bucket] = self.counts.get(bucket, 0) + 1
        return True
