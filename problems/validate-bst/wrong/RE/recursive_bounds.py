# fails: test_deep_skewed_tree, test_large_input
# The textbook recursive check with open bounds, correct, but a 5,000-deep tree
# exceeds the recursion limit (RecursionError).
def is_valid_bst(root: TreeNode | None) -> bool:
    def within(node, low, high):
        if node is None:
            return True
        if (low is not None and node.val <= low) or (high is not None and node.val >= high):
            return False
        return within(node.left, low, node.val) and within(node.right, node.val, high)

    return within(root, None, None)
