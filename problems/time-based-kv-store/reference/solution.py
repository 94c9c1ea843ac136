from bisect import bisect_right


class TimeMap:
    # Per key, its timestamps and values in the order they were set: the
    # timestamps only grow, so each list is sorted and a get is a binary search.
    def __init__(self) -> None:
        self.times: dict[str, list[int]] = {}
        self.values: dict[str, list[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key, [])
        i = bisect_right(times, timestamp)  # times[:i] are the ones <= timestamp
        return self.values[key][i - 1] if i else ""
