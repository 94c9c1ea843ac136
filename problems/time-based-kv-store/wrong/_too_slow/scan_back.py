# Correct, but O(n) per get: walks a key's history back from its latest value.
# Not in wrong/TLE: a walk over the ~10**4 values the hidden tests can set through
# the sandbox takes milliseconds, far below the 1 s per-call CPU limit, so only the
# complexity ladder (against O(log n) per get) tells it apart.
class TimeMap:
    def __init__(self) -> None:
        self.history: dict[str, list[tuple[int, str]]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.history.setdefault(key, []).append((timestamp, value))

    def get(self, key: str, timestamp: int) -> str:
        for time, value in reversed(self.history.get(key, [])):
            if time <= timestamp:
                return value
        return ""
