# ListNode is provided (no import needed):
# class ListNode:
#     def __init__(self, val=0, next=None):
#         self.val = val
#         self.next = next


def merge_k_lists(lists: list[ListNode | None]) -> ListNode | None:
    """One sorted linked list holding every node of the sorted lists."""
    return None
