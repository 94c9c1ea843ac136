// fails: test_single_node, test_complete_tree, test_matches_reference
// Returns the tree it was given: equal values, but no copy.
func cloneTree(root *TreeNode) *TreeNode {
	return root
}
