# fails: test_examples, test_violation_below_an_ancestor, test_matches_reference
# Compares each node with its own two children only: a grandchild on the wrong
# side of an ancestor (3 under 6 under 5) goes unseen.
def is_valid_bst(root: TreeNode | None) -> bool:
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.left is not None and not node.left.val < node.val:
            return False
        if node.right is not None and not node.right.val > node.val:
            return False
        stack += [node.left, node.right]
    return True
