def is_valid_bst(root: TreeNode | None) -> bool:
    # A binary search tree read in order (left, node, right) is strictly
    # increasing, and only a binary search tree is. The walk uses a stack, not
    # recursion: the tree can be 10**4 deep.
    stack: list[TreeNode] = []
    previous = None
    node = root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if previous is not None and node.val <= previous:
            return False
        previous = node.val
        node = node.right
    return True
