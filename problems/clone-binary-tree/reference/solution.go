/**
 * Definition for a binary tree node.
 * type TreeNode struct {
 *     Val int
 *     Left *TreeNode
 *     Right *TreeNode
 * }
 */
// New nodes, made with an explicit stack (a deep tree needs no deep recursion): O(n).
func cloneTree(root *TreeNode) *TreeNode {
	if root == nil {
		return nil
	}
	copyOf := &TreeNode{Val: root.Val}
	type pair struct{ from, to *TreeNode }
	stack := []pair{{root, copyOf}}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if top.from.Left != nil {
			top.to.Left = &TreeNode{Val: top.from.Left.Val}
			stack = append(stack, pair{top.from.Left, top.to.Left})
		}
		if top.from.Right != nil {
			top.to.Right = &TreeNode{Val: top.from.Right.Val}
			stack = append(stack, pair{top.from.Right, top.to.Right})
		}
	}
	return copyOf
}
