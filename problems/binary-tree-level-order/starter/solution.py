# TreeNode is provided (no import needed):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def level_order(root: TreeNode | None) -> list[list[int]]:
    """The values level by level, from the root down, each level left to right."""
    return []
