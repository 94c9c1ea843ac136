// fails: test_examples, test_large_input, test_matches_reference
// Passes path+[val] down by append without copying at the leaf: siblings that find spare capacity
// write into the same backing array, so an earlier recorded path is overwritten by a later sibling's value.
func pathsWithSum(root *TreeNode, k int) [][]int {
	found := [][]int{}
	var walk func(node *TreeNode, path []int, remaining int)
	walk = func(node *TreeNode, path []int, remaining int) {
		if node == nil {
			return
		}
		path = append(path, node.Val)
		remaining -= node.Val
		if node.Left == nil && node.Right == nil && remaining == 0 {
			found = append(found, path)
			return
		}
		walk(node.Left, path, remaining)
		walk(node.Right, path, remaining)
	}
	walk(root, []int{}, k)
	return found
}
