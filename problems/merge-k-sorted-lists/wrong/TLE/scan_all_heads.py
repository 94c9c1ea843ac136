# fails: test_large_input
# Correct, but finds the smallest head by scanning all k lists for every node: O(N * k).
def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    heads = [head for head in lists if head is not None]
    dummy = tail = ListNode()
    while heads:
        i = min(range(len(heads)), key=lambda j: heads[j].val)
        node = heads[i]
        tail.next = tail = node
        if node.next is None:
            heads.pop(i)
        else:
            heads[i] = node.next
    tail.next = None
    return dummy.next
