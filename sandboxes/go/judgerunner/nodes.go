package judgerunner

// TreeNode is LeetCode's binary tree node; the glue makes it the
// submission's TreeNode unless the file defines its own.
type TreeNode struct {
	Val   int
	Left  *TreeNode
	Right *TreeNode
}

// ListNode is LeetCode's singly linked list node.
type ListNode struct {
	Val  int
	Next *ListNode
}
