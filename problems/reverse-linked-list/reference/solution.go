/**
 * Definition for singly-linked list.
 * type ListNode struct {
 *     Val int
 *     Next *ListNode
 * }
 */
// Turn each link around in one pass, reusing the nodes: O(n).
func reverseList(head *ListNode) *ListNode {
	var previous *ListNode
	for head != nil {
		head.Next, previous, head = previous, head, head.Next
	}
	return previous
}
