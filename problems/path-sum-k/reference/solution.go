/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */

// Depth-first, left before right, one shared path undone on the way back; a
// leaf whose sum is k gets a copy of it. O(n * h): each found path is copied.
func pathsWithSum(root *TreeNode, k int) [][]int {
	found := [][]int{}
	path := []int{}
	var walk func(node *TreeNode, remaining int)
	walk = func(node *TreeNode, remaining int) {
		path = append(path, node.Val)
		remaining -= node.Val
		if node.Left == nil && node.Right == nil {
			if remaining == 0 {
				found = append(found, append([]int{}, path...))
			}
		}
		for _, child := range []*TreeNode{node.Left, node.Right} {
			if child != nil {
				walk(child, remaining)
			}
		}
		path = path[:len(path)-1]
	}
	if root != nil {
		walk(root, k)
	}
	return found
}
