// fails: test_examples, test_gaps_in_levels, test_matches_reference
// Visits each node's right child before its left: every level reads right to left.
func levelOrder(root *TreeNode) [][]int {
	levels := [][]int{}
	level := []*TreeNode{}
	if root != nil {
		level = append(level, root)
	}
	for len(level) > 0 {
		values := []int{}
		next := []*TreeNode{}
		for _, node := range level {
			values = append(values, node.Val)
			if node.Right != nil {
				next = append(next, node.Right)
			}
			if node.Left != nil {
				next = append(next, node.Left)
			}
		}
		levels = append(levels, values)
		level = next
	}
	return levels
}
