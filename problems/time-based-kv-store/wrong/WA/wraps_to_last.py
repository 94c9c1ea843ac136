# fails: test_examples, test_before_first_timestamp, test_matches_reference
# Takes values[i - 1] without checking i: before the first timestamp, index -1 is the LATEST value.
from bisect import bisect_right


class TimeMap:
    def __init__(self) -> None:
        self.times: dict[str, list[int]] = {}
        self.values: dict[str, list[str]] = {}

    def set(self, key: str, value: str, timestamp: int) -> None:
        self.times.setdefault(key, []).append(timestamp)
        self.values.setdefault(key, []).append(value)

    def get(self, key: str, timestamp: int) -> str:
        if key not in self.times:
            return ""
        i = bisect_right(self.times[key], timestamp)
        return self.values[key][i - 1]
