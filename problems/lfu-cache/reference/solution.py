from collections import OrderedDict, defaultdict


class LFUCache:
    # Keys are grouped by use count; each group is an OrderedDict in order of
    # last use (oldest first), so the victim is the first key of the group
    # with the smallest count, and every step is O(1).
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.counts: dict[int, int] = {}
        self.groups: defaultdict[int, OrderedDict[int, None]] = defaultdict(OrderedDict)
        self.min_count = 0

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._use(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if self.capacity == 0:
            return
        if key in self.values:
            self.values[key] = value
            self._use(key)
            return
        if len(self.values) == self.capacity:
            self._evict()
        self.values[key] = value
        self.counts[key] = 1
        self.groups[1][key] = None
        self.min_count = 1  # a new key has the smallest count there can be

    def _use(self, key: int) -> None:
        """Move key from its count's group to the end of the next one."""
        count = self.counts[key]
        group = self.groups[count]
        del group[key]
        if not group:
            del self.groups[count]
            if self.min_count == count:
                self.min_count = count + 1
        self.counts[key] = count + 1
        self.groups[count + 1][key] = None

    def _evict(self) -> None:
        group = self.groups[self.min_count]
        key, _ = group.popitem(last=False)
        if not group:
            del self.groups[self.min_count]
        del self.values[key]
        del self.counts[key]
