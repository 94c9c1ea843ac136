# fails: test_large_input
# Correct but O(n^2) in the length: for every node it walks to the end to count
# how many nodes follow it, looking for the one with n - 1 after it.
def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    before, node = None, head
    while node is not None:
        after, probe = 0, node.next
        while probe is not None:
            after, probe = after + 1, probe.next
        if after == n - 1:
            if before is None:
                return node.next
            before.next = node.next
            return head
        before, node = node, node.next
    return head
