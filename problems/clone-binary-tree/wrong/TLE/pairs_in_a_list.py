# fails: test_large_input
# Correct, but keeps (original, copy) pairs in a list instead of a dict: each
# lookup scans the list, O(n^2) over the tree against O(n).
def clone_tree(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    pairs: list[tuple[TreeNode, TreeNode]] = []

    def copy_of(node: TreeNode) -> TreeNode:
        for original, twin in pairs:
            if original is node:
                return twin
        twin = TreeNode(node.val)
        pairs.append((node, twin))
        return twin

    stack = [root]
    while stack:
        node = stack.pop()
        twin = copy_of(node)
        if node.left is not None:
            twin.left = copy_of(node.left)
            stack.append(node.left)
        if node.right is not None:
            twin.right = copy_of(node.right)
            stack.append(node.right)
    return copy_of(root)
