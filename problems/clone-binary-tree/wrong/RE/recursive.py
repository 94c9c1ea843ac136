# fails: test_deep_skewed_tree
# Correct but recursive: a 5,000-deep tree exceeds the recursion limit (RecursionError).
def clone_tree(root: TreeNode | None) -> TreeNode | None:
    if root is None:
        return None
    return TreeNode(root.val, clone_tree(root.left), clone_tree(root.right))
