# fails: test_examples, test_remove_the_last, test_matches_reference
# Counts the length, then walks `length - n` steps: that stops ON the node to
# remove, not before it, so the node after it is unlinked instead (and nothing
# at all when it is the last).
def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    length, node = 0, head
    while node is not None:
        length, node = length + 1, node.next
    if n == length:
        return head.next
    node = head
    for _ in range(length - n):
        node = node.next
    if node.next is not None:
        node.next = node.next.next
    return head
