import heapq


def find_kth_largest(nums: list[int], k: int) -> int:
    # A min-heap of the k largest values so far: its top is the k-th largest.
    # Each later value either replaces the top or is too small to matter.
    heap = nums[:k]
    heapq.heapify(heap)
    for value in nums[k:]:
        if value > heap[0]:
            heapq.heapreplace(heap, value)
    return heap[0]
