# fails: test_duplicate_values, test_matches_reference
# Clone-graph habit: remembers copies by node VALUE, so equal values share one node.
from collections import deque


def clone_tree(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    copies = {}

    def copy_of(node):
        if node.val not in copies:
            copies[node.val] = TreeNode(node.val)
        return copies[node.val]

    queue = deque([root])
    while queue:
        node = queue.popleft()
        twin = copy_of(node)
        if node.left is not None:
            twin.left = copy_of(node.left)
            queue.append(node.left)
        if node.right is not None:
            twin.right = copy_of(node.right)
            queue.append(node.right)
    return copy_of(root)
