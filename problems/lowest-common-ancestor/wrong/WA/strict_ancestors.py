# fails: test_one_is_ancestor_of_the_other, test_matches_reference
# Collects p's ancestors starting from p's PARENT, so when p is an ancestor of q
# the walk up from q goes past p and answers p's parent (or fails at the root).
def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    parent = {root.val: None}
    stack = [root]
    while stack:
        node = stack.pop()
        for child in (node.left, node.right):
            if child is not None:
                parent[child.val] = node.val
                stack.append(child)
    ancestors = set()
    node = parent[p]
    while node is not None:
        ancestors.add(node)
        node = parent[node]
    while q not in ancestors and parent[q] is not None:
        q = parent[q]
    return q
