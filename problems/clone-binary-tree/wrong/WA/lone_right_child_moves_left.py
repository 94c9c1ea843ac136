# fails: test_one_child_nodes, test_matches_reference
# Collects the existing children into a list, so a lone right child becomes a left child.
from collections import deque


def clone_tree(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    copy = TreeNode(root.val)
    queue = deque([(root, copy)])
    while queue:
        node, twin = queue.popleft()
        children = [child for child in (node.left, node.right) if child is not None]
        twins = [TreeNode(child.val) for child in children]
        if len(twins) > 0:
            twin.left = twins[0]
        if len(twins) > 1:
            twin.right = twins[1]
        queue.extend(zip(children, twins))
    return copy
