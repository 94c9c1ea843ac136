// fails: test_examples, test_single_node, test_duplicate_values
// Builds a reversed copy: the values are right, but the nodes are new ones.
func reverseList(head *ListNode) *ListNode {
	var reversed *ListNode
	for node := head; node != nil; node = node.Next {
		reversed = &ListNode{Val: node.Val, Next: reversed}
	}
	return reversed
}
