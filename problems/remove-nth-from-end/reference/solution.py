def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    # Two pointers n + 1 nodes apart, starting from a node placed before the
    # head: when the leading one falls off the end, the trailing one is just
    # before the node to remove, even when that node is the head itself.
    before_head = ListNode(0, head)
    lead = trail = before_head
    for _ in range(n + 1):
        lead = lead.next
    while lead is not None:
        lead, trail = lead.next, trail.next
    trail.next = trail.next.next
    return before_head.next
