# TreeNode is provided (no import needed):
# class TreeNode:
#     def __init__(self, val=0, left=None, right=None):
#         self.val = val
#         self.left = left
#         self.right = right


def serialize(root: TreeNode | None) -> str:
    """The whole tree as a string that deserialize can read back."""
    return ""


def deserialize(data: str) -> TreeNode | None:
    """A tree of new nodes, the one serialize wrote into data."""
    return None
