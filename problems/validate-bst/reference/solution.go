/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
// In-order walk with an explicit stack: the values must rise strictly. O(n), no recursion.
func isValidBST(root *TreeNode) bool {
	stack := []*TreeNode{}
	var previous *TreeNode
	node := root
	for node != nil || len(stack) > 0 {
		for node != nil {
			stack = append(stack, node)
			node = node.Left
		}
		node = stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if previous != nil && node.Val <= previous.Val {
			return false
		}
		previous = node
		node = node.Right
	}
	return true
}
