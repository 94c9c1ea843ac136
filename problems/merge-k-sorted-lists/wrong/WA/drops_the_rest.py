# fails: test_examples, test_uneven_lengths, test_matches_reference
# Merges the lists in pairs, but when one list of a pair runs out it stops: the other's remaining nodes are lost.
def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    lists = list(lists)
    if not lists:
        return None
    while len(lists) > 1:
        lists = [merge_two(lists[i], lists[i + 1] if i + 1 < len(lists) else None) for i in range(0, len(lists), 2)]
    return lists[0]


def merge_two(a: ListNode | None, b: ListNode | None) -> ListNode | None:
    if a is None or b is None:
        return a or b
    dummy = tail = ListNode()
    while a is not None and b is not None:
        if a.val <= b.val:
            tail.next, a = a, a.next
        else:
            tail.next, b = b, b.next
        tail = tail.next
    tail.next = None  # forgot: tail.next = a or b
    return dummy.next
