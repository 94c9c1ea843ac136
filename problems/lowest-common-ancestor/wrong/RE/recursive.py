# fails: test_deep_skewed_tree, test_large_input
# The classic recursive answer, correct, but a 5,000-deep tree exceeds the recursion limit (RecursionError).
def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    def find(node):
        if node is None or node.val in (p, q):
            return node
        left, right = find(node.left), find(node.right)
        if left is not None and right is not None:
            return node
        return left if left is not None else right

    return find(root).val
