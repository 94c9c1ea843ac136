# fails: test_single_node, test_complete_tree, test_matches_reference
# Returns the input itself: equal values everywhere, but not a copy at all.
def clone_tree(root: TreeNode | None) -> TreeNode | None:
    return root
