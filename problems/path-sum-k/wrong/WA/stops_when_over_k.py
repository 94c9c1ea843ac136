# fails: test_negative_values, test_matches_reference
# Prunes a branch once its running sum exceeds k: only safe if no value is negative.
def paths_with_sum(root: TreeNode | None, k: int) -> list[list[int]]:
    found = []
    path = []

    def walk(node, total):
        if node is None:
            return
        total += node.val
        if total > k:
            return
        path.append(node.val)
        if node.left is None and node.right is None and total == k:
            found.append(path[:])
        walk(node.left, total)
        walk(node.right, total)
        path.pop()

    walk(root, 0)
    return found
