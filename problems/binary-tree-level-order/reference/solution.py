def level_order(root: TreeNode | None) -> list[list[int]]:
    # Breadth first, one level at a time: the next level is the children of
    # this one, left before right.
    levels: list[list[int]] = []
    level = [root] if root is not None else []
    while level:
        levels.append([node.val for node in level])
        level = [child for node in level for child in (node.left, node.right) if child is not None]
    return levels
