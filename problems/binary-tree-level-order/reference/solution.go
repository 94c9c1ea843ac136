/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
// Breadth first, one level at a time: O(n).
func levelOrder(root *TreeNode) [][]int {
	levels := [][]int{}
	level := []*TreeNode{}
	if root != nil {
		level = append(level, root)
	}
	for len(level) > 0 {
		values := make([]int, 0, len(level))
		next := []*TreeNode{}
		for _, node := range level {
			values = append(values, node.Val)
			if node.Left != nil {
				next = append(next, node.Left)
			}
			if node.Right != nil {
				next = append(next, node.Right)
			}
		}
		levels = append(levels, values)
		level = next
	}
	return levels
}
