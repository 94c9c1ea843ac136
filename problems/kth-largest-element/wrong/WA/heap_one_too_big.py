# fails: test_examples, test_largest_and_smallest, test_matches_reference
# Pops only when the heap holds more than k + 1 values: its top is the (k + 1)-th largest.
import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    heap = []
    for value in nums:
        heapq.heappush(heap, value)
        if len(heap) > k + 1:
            heapq.heappop(heap)
    return heap[0]
