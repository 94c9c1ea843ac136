# fails: test_examples, test_single_node, test_matches_reference
# Appends the backtracking list itself, not a copy: every recorded path ends up empty.
def paths_with_sum(root: TreeNode | None, k: int) -> list[list[int]]:
    found = []
    path = []

    def walk(node, total):
        if node is None:
            return
        total += node.val
        path.append(node.val)
        if node.left is None and node.right is None and total == k:
            found.append(path)
        walk(node.left, total)
        walk(node.right, total)
        path.pop()

    walk(root, 0)
    return found
