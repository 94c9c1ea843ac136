# fails: test_large_input
# The recursive reversal, correct, but 20,000 nodes exceed the recursion limit (RecursionError).
def reverse_list(head: ListNode | None) -> ListNode | None:
    if head is None or head.next is None:
        return head
    new_head = reverse_list(head.next)
    head.next.next = head
    head.next = None
    return new_head
