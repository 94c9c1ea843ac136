def paths_with_sum(root: TreeNode | None, k: int) -> list[list[int]]:
    found: list[list[int]] = []
    if root is None:
        return found
    # Iterative DFS; each entry carries its own path, so nothing needs undoing.
    stack = [(root, [root.val], root.val)]
    while stack:
        node, path, total = stack.pop()
        if node.left is None and node.right is None:
            if total == k:
                found.append(path)
            continue
        # Push right first so that the left subtree is explored (and listed) first.
        for child in (node.right, node.left):
            if child is not None:
                stack.append((child, path + [child.val], total + child.val))
    return found
