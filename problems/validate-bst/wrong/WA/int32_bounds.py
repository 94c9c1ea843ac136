# fails: test_large_values
# Starts the allowed range at 32-bit integer limits, as in a language with fixed
# ints: a value below -2**31 or above 2**31 - 1 is rejected though it is fine.
def is_valid_bst(root: TreeNode | None) -> bool:
    stack = [(root, -(2**31), 2**31 - 1)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if not low <= node.val <= high:
            return False
        stack.append((node.left, low, node.val - 1))
        stack.append((node.right, node.val + 1, high))
    return True
