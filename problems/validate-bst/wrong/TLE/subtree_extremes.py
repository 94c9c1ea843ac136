# fails: test_deep_skewed_tree, test_large_input
# Correct but O(n^2) on a path: for every node it walks the whole left subtree
# for its largest value and the whole right subtree for its smallest.
def values_below(node):
    stack, found = [node], []
    while stack:
        node = stack.pop()
        if node is not None:
            found.append(node.val)
            stack += [node.left, node.right]
    return found


def is_valid_bst(root: TreeNode | None) -> bool:
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        left, right = values_below(node.left), values_below(node.right)
        if (left and max(left) >= node.val) or (right and min(right) <= node.val):
            return False
        stack += [node.left, node.right]
    return True
