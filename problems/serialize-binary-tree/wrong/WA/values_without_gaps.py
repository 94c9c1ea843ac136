# fails: test_examples, test_one_child_nodes, test_matches_reference
# Writes only the values, in level order, with no marker for a missing child:
# reading them back fills every gap, so any tree that is not complete changes shape.
from collections import deque


def serialize(root: TreeNode | None) -> str:
    values = []
    queue = deque([root] if root else [])
    while queue:
        node = queue.popleft()
        values.append(str(node.val))
        queue.extend(child for child in (node.left, node.right) if child)
    return " ".join(values)


def deserialize(data: str) -> TreeNode | None:
    nodes = [TreeNode(int(v)) for v in data.split()]
    for i, node in enumerate(nodes):
        if 2 * i + 1 < len(nodes):
            node.left = nodes[2 * i + 1]
        if 2 * i + 2 < len(nodes):
            node.right = nodes[2 * i + 2]
    return nodes[0] if nodes else None
