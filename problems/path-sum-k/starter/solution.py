# TreeNode is provided (no import needed):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def paths_with_sum(root: TreeNode | None, k: int) -> list[list[int]]:
    """Every root-to-leaf path (list of values) summing to k, left to right."""
    raise NotImplementedError("write your solution here")
