import heapq


class MedianFinder:
    # Two heaps split the stream in halves: `low` (a max-heap, stored negated)
    # holds the smaller half and one extra when the count is odd; `high` holds
    # the larger half.  Both tops are the middle values.
    def __init__(self) -> None:
        self.low: list[int] = []
        self.high: list[int] = []

    def add_num(self, num: int) -> None:
        # Pass num through low: the largest of low and num moves up to high,
        # so every value in low stays <= every value in high.
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
