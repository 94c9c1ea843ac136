# fails: test_partial_path_sums_to_k, test_skewed_tree, test_matches_reference
# Records a path wherever the running sum hits k, not only at leaves.
def paths_with_sum(root: TreeNode | None, k: int) -> list[list[int]]:
    found = []
    path = []

    def walk(node, total):
        if node is None:
            return
        total += node.val
        path.append(node.val)
        if total == k:
            found.append(path[:])
        walk(node.left, total)
        walk(node.right, total)
        path.pop()

    walk(root, 0)
    return found
