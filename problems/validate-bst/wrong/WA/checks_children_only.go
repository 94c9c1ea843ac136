// fails: test_examples, test_violation_below_an_ancestor, test_matches_reference
// Compares each node with its own two children only: a grandchild on the wrong
// side of an ancestor (3 under 6 under 5) goes unseen.
func isValidBST(root *TreeNode) bool {
	stack := []*TreeNode{root}
	for len(stack) > 0 {
		node := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if node == nil {
			continue
		}
		if node.Left != nil && node.Left.Val >= node.Val {
			return false
		}
		if node.Right != nil && node.Right.Val <= node.Val {
			return false
		}
		stack = append(stack, node.Left, node.Right)
	}
	return true
}
