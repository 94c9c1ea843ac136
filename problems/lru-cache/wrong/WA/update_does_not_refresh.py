# fails: test_update_refreshes_recency, test_matches_reference
# put on an existing key changes the value in place but leaves its old position.
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int):
        self.capacity = capacity
        self.items: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.items:
            return -1
        self.items.move_to_end(key)
        return self.items[key]

    def put(self, key: int, value: int) -> None:
        self.items[key] = value  # an existing key keeps its place in the order
        if len(self.items) > self.capacity:
            self.items.popitem(last=False)
