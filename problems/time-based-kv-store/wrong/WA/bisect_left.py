# fails: test_examples, test_exact_timestamp, test_repeated_values, test_large_timestamps, test_matches_reference
# Searches with bisect_left, so a value set exactly at `timestamp` is skipped for the one before it.
from bisect import bisect_left


class TimeMap:
    def __init__(self) -> None:
        self.history: dict[str, list[tuple[int, str]]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        history = self.history.get(key, [])
        i = bisect_left(history, timestamp, key=lambda item: item[0])
        return history[i - 1][1] if i else ""
