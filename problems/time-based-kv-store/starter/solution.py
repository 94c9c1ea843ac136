class TimeMap:
    def __init__(self) -> None:
        pass

    def set(self, key: str, value: str, timestamp: int) -> None:
        """Store value for key at timestamp."""
        pass

    def get(self, key: str, timestamp: int) -> str:
        """The value set for key at the latest timestamp <= timestamp, or ""."""
        return ""
