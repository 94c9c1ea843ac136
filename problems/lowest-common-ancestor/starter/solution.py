# TreeNode is provided (no import needed):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    """The value of the deepest node with both p and q in its subtree."""
    return root.val
