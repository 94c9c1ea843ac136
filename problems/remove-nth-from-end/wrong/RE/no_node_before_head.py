# fails: test_examples, test_remove_the_head, test_single_node, test_matches_reference
# Two pointers n apart but no extra node before the head: when n is the length,
# the leading pointer is already None and `lead.next` raises AttributeError.
def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    lead = trail = head
    for _ in range(n):
        lead = lead.next
    while lead.next is not None:
        lead, trail = lead.next, trail.next
    trail.next = trail.next.next
    return head
