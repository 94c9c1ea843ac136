# TreeNode is provided (no import needed):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def is_valid_bst(root: TreeNode | None) -> bool:
    """True if every left subtree holds smaller values and every right subtree larger ones."""
    return True
