def clone_tree(root: TreeNode | None) -> TreeNode | None:
    # Iterative: a tree 10**4 nodes deep would overflow Python's recursion limit.
    if root is None:
        return None
    copy = TreeNode(root.val)
    stack = [(root, copy)]  # (original node, its copy); the copy's children are still to do
    while stack:
        node, twin = stack.pop()
        if node.left is not None:
            twin.left = TreeNode(node.left.val)
            stack.append((node.left, twin.left))
        if node.right is not None:
            twin.right = TreeNode(node.right.val)
            stack.append((node.right, twin.right))
    return copy
