# fails: test_complete_tree, test_one_child_nodes, test_matches_reference
# copy.copy makes a new root that still points at the original children.
import copy


def clone_tree(root: TreeNode | None) -> TreeNode | None:
    return copy.copy(root)
