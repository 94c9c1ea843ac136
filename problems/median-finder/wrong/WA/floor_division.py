# fails: test_examples, test_even_count, test_negative_numbers, test_large_values, test_matches_reference
# Two heaps done right, but the mean of the two middles uses // : 1.5 comes back as 1.
import heapq


class MedianFinder:
    def __init__(self) -> None:
        self.low: list[int] = []
        self.high: list[int] = []

    def add_num(self, num: int) -> None:
        heapq.heappush(self.high, -heapq.heappushpop(self.low, -num))
        if len(self.high) > len(self.low):
            heapq.heappush(self.low, -heapq.heappop(self.high))

    def find_median(self) -> float:
        if len(self.low) > len(self.high):
            return -self.low[0]
        return (-self.low[0] + self.high[0]) // 2
