# fails: test_examples, test_not_a_search_tree, test_matches_reference
# Uses the binary SEARCH tree rule (both smaller: go left; both larger: go right),
# which means nothing in a tree whose values are in no order.
def lowest_common_ancestor(root: TreeNode, p: int, q: int) -> int:
    node = root
    while node is not None:
        if p < node.val and q < node.val and node.left is not None:
            node = node.left
        elif p > node.val and q > node.val and node.right is not None:
            node = node.right
        else:
            return node.val
    return root.val
