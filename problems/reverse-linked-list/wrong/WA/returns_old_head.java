// fails: test_examples, test_two_nodes, test_duplicate_values, test_large_input, test_matches_reference
// Relinks every node correctly but returns head, the old first node, which is now the last:
// the answer is that one node, and only lists of at most one node come back right.
class Solution {
    public ListNode reverseList(ListNode head) {
        ListNode previous = null;
        ListNode current = head;
        while (current != null) {
            ListNode next = current.next;
            current.next = previous;
            previous = current;
            current = next;
        }
        return head;
    }
}
