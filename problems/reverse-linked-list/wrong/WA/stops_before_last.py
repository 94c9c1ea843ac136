# fails: test_examples, test_single_node, test_two_nodes, test_matches_reference
# Loops while node.next exists, so the last node is never relinked: it is lost
# from the answer, and a one-node list comes back empty.
def reverse_list(head: ListNode | None) -> ListNode | None:
    previous, node = None, head
    while node is not None and node.next is not None:
        following = node.next
        node.next = previous
        previous, node = node, following
    return previous
