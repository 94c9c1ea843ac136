def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    # One walk records each node's parent (a stack, not recursion: the tree can
    # be 10**4 deep); then p's ancestors, p included, and the first of q's
    # ancestors, q included, that is among them.
    parent = {root.val: None}
    stack = [root]
    while p not in parent or q not in parent:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    ancestors = set()
    while p is not None:
        ancestors.add(p)
        p = parent[p]
    while q not in ancestors:
        q = parent[q]
    return q
