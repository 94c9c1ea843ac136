# fails: test_examples, test_sorted_streams, test_matches_reference
# Puts each number in the smaller heap to keep the sizes even, but never
# checks that the smaller half's largest is <= the larger half's smallest.
import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.low: list[int] = []  # negated: a max-heap
        self.high: list[int] = []

    def add_num(self, num: int) -> None:
        if len(self.low) <= len(self.high):
            heapq.heappush(self.low, -num)
        else:
            heapq.heappush(self.high, num)

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return float(-self.low[0])
        return (-self.low[0] + self.high[0]) / 2
