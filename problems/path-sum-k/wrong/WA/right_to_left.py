# fails: test_examples, test_several_paths_in_order, test_matches_reference
# Iterative DFS that pushes the left child first, so the right subtree is popped first.
def paths_with_sum(root: TreeNode | None, k: int) -> list[list[int]]:
    found = []
    if root is None:
        return found
    stack = [(root, [root.val], root.val)]
    while stack:
        node, path, total = stack.pop()
        if node.left is None and node.right is None:
            if total == k:
                found.append(path)
            continue
        for child in (node.left, node.right):
            if child is not None:
                stack.append((child, path + [child.val], total + child.val))
    return found
