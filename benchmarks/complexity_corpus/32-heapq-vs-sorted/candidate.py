import heapq


def sort_list(nums: list[int]) -> list[int]:
    # heapify (O(n)) then n pops (O(log n) each), all in C.
    heap = list(nums)
    heapq.heapify(heap)
    return [heapq.heappop(heap) for _ in range(len(heap))]
