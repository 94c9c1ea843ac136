# fails: test_large_values
# Takes the 32-bit limits for "no bound yet" and compares strictly, the way a
# fixed-int language tempts one to: a node that holds -2**31 or 2**31 - 1 is
# rejected though the tree is a fine BST.
def is_valid_bst(root: TreeNode | None) -> bool:
    stack = [(root, -(2**31), 2**31 - 1)]
    while stack:
        node, low, high = stack.pop()
        if node is None:
            continue
        if not low < node.val < high:
            return False
        stack.append((node.left, low, node.val))
        stack.append((node.right, node.val, high))
    return True
