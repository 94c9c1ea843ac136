# fails: test_examples, test_equal_values, test_matches_reference
# Pushes (value, node) pairs: on equal values the heap compares two ListNodes, which raises TypeError.
import heapq


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heap = [(head.val, head) for head in lists if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, node = heapq.heappop(heap)
        tail.next = tail = node
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, node.next))
    tail.next = None
    return dummy.next
