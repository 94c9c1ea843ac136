# fails: test_large_input
# Correct but O(n^2): walks to the end of the list for every node, detaches the
# last node and appends it to the answer.
def reverse_list(head: ListNode | None) -> ListNode | None:
    new_head = tail = None
    while head is not None:
        before, last = None, head
        while last.next is not None:
            before, last = last, last.next
        if before is None:
            head = None
        else:
            before.next = None
        if tail is None:
            new_head = tail = last
        else:
            tail.next = last
            tail = last
    return new_head
