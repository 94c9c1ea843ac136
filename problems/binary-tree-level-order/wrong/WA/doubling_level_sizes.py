# fails: test_gaps_in_levels, test_matches_reference
# Visits breadth first, then cuts the values into levels of 1, 2, 4, 8, ... as if
# every level were full: wrong as soon as a level has a gap.
from collections import deque


def level_order(root: TreeNode | None) -> list[list[int]]:
    values, queue = [], deque([root] if root else [])
    while queue:
        node = queue.popleft()
        values.append(node.val)
        queue.extend(child for child in (node.left, node.right) if child)
    levels, start, size = [], 0, 1
    while start < len(values):
        levels.append(values[start : start + size])
        start += size
        size *= 2
    return levels
