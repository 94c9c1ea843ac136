import heapq


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    # A heap of the lists' current heads. Nodes do not compare, so each entry
    # carries its list's index as a tie-break: (value, index, node).
    heap = [(head.val, i, head) for i, head in enumerate(lists) if head is not None]
    heapq.heapify(heap)
    dummy = tail = ListNode()
    while heap:
        _, i, node = heapq.heappop(heap)
        tail.next = tail = node  # splice the node in: no new nodes needed
        if node.next is not None:
            heapq.heappush(heap, (node.next.val, i, node.next))
    tail.next = None
    return dummy.next
