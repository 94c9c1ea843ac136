# fails: test_empty_tree
# Starts the answer with an empty first level, so an empty tree gives [[]], not [].
def level_order(root: TreeNode | None) -> list[list[int]]:
    levels, level = [[]], [root] if root else []
    while level:
        levels[-1] = [node.val for node in level]
        level = [child for node in level for child in (node.left, node.right) if child]
        if level:
            levels.append([])
    return levels
