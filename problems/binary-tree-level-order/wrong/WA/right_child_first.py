# fails: test_examples, test_gaps_in_levels, test_matches_reference
# Groups by depth correctly but takes the right child before the left, as a
# stack-based walk does: each level comes out right to left.
def level_order(root: TreeNode | None) -> list[list[int]]:
    levels = []
    stack = [(root, 0)] if root else []
    while stack:
        node, depth = stack.pop()
        if depth == len(levels):
            levels.append([])
        levels[depth].append(node.val)
        for child in (node.left, node.right):
            if child:
                stack.append((child, depth + 1))
    return levels
