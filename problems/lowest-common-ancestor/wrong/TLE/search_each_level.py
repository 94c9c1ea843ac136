# fails: test_deep_skewed_tree, test_large_input
# Correct but O(n * depth): at each level it searches both subtrees again to
# see where p and q are, which is O(n^2) on a tree shaped like a path.
def contains(node, value):
    stack = [node]
    while stack:
        node = stack.pop()
        if node is not None:
            if node.val == value:
                return True
            stack += [node.left, node.right]
    return False


def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    node = root
    while node.val not in (p, q):
        p_left, q_left = contains(node.left, p), contains(node.left, q)
        if p_left and q_left:
            node = node.left
        elif not p_left and not q_left:
            node = node.right
        else:
            break
    return node.val
