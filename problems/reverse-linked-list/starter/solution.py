# ListNode is provided (no import needed):
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next


def reverse_list(head: ListNode | None) -> ListNode | None:
    """Relink the nodes in the opposite order; return the new head."""
    return head
