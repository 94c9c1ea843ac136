# fails: test_examples, test_remove_the_head, test_remove_the_last, test_duplicate_values
# Copies the values it keeps into new nodes: the values are right, but the list
# was to be changed in place, keeping its own nodes.
def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    del values[len(values) - n]
    new_head = None
    for value in reversed(values):
        new_head = ListNode(value, new_head)
    return new_head
