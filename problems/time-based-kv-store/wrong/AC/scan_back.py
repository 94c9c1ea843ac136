# complexity: worse
# Correct, but O(n) per get: walks a key's history back from its latest value.
# No per-call limit catches it; the ladder does.
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
