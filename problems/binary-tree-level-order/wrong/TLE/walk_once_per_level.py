# fails: test_deep_skewed_tree, test_large_input
# Correct but O(n * height): it walks the whole tree again for each level to
# collect that level's nodes, which is O(n^2) on a tree shaped like a path.
def values_at(root, level):
    found, stack = [], [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if node is None:
            continue
        if depth == level:
            found.append(node.val)
        elif depth < level:
            stack += [(node.right, depth + 1), (node.left, depth + 1)]
    return found


def level_order(root: TreeNode | None) -> list[list[int]]:
    levels = []
    while True:
        level = values_at(root, len(levels))
        if not level:
            return levels
        levels.append(level)
