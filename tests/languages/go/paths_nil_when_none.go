// path-sum-k as many write it in Go: `found` stays a nil slice when no path sums to k.
func pathsWithSum(root *TreeNode, k int) [][]int {
	var found [][]int
	var path []int
	var walk func(node *TreeNode, remaining int)
	walk = func(node *TreeNode, remaining int) {
		if node == nil {
			return
		}
		path = append(path, node.Val)
		remaining -= node.Val
		if node.Left == nil && node.Right == nil {
			if remaining == 0 {
				found = append(found, append([]int(nil), path...))
			}
		} else {
			walk(node.Left, remaining)
			walk(node.Right, remaining)
		}
		path = path[:len(path)-1]
	}
	walk(root, k)
	return found
}
