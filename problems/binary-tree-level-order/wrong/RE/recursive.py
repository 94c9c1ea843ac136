# fails: test_deep_skewed_tree, test_large_input
# Depth-first with the depth as an argument, correct, but a 5,000-deep tree
# exceeds the recursion limit (RecursionError).
def level_order(root: TreeNode | None) -> list[list[int]]:
    levels = []

    def visit(node, depth):
        if node is None:
            return
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        visit(node.left, depth + 1)
        visit(node.right, depth + 1)

    visit(root, 0)
    return levels
