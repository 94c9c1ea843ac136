# fails: test_examples, test_single_node, test_duplicate_values
# Builds a reversed COPY out of new nodes: the values are right, but the list was
# to be reversed in place, and the input is left as it was.
def reverse_list(head: ListNode | None) -> ListNode | None:
    reversed_head = None
    while head is not None:
        reversed_head = ListNode(head.val, reversed_head)
        head = head.next
    return reversed_head
