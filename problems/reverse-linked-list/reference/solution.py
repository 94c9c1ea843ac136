def reverse_list(head: ListNode | None) -> ListNode | None:
    # Walk the list once, turning each node's link back to the node before it.
    previous = None
    node = head
    while node is not None:
        following = node.next
        node.next = previous
        previous, node = node, following
    return previous
