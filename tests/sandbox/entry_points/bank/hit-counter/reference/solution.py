from collections import Counter


class HitCounter:
    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()

    def add_hit(self, page: str) -> None:
        self.hits[page] += 1

    def hits_of(self, page: str) -> int:
        return self.hits[page]
