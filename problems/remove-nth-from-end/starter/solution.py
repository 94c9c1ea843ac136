# ListNode is provided (no import needed):
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next


def remove_nth_from_end(head: ListNode | None, n: int) -> ListNode | None:
    """Unlink the n-th node from the end (n = 1: the last); return the head left."""
    return head
