# fails: test_examples, test_equal_values, test_matches_reference
# Checks that the in-order values never DEcrease, so equal values pass:
# the definition asks for strictly increasing.
def is_valid_bst(root: TreeNode | None) -> bool:
    stack, previous, node = [], None, root
    while stack or node is not None:
        while node is not None:
            stack.append(node)
            node = node.left
        node = stack.pop()
        if previous is not None and node.val < previous:
            return False
        previous = node.val
        node = node.right
    return True
