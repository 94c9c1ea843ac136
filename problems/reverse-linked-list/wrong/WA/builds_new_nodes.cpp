// fails: test_examples, test_single_node, test_duplicate_values
// Builds a reversed COPY out of new nodes: the values are right, but the list was
// to be reversed in place, and the input is left as it was.
class Solution {
public:
    ListNode* reverseList(ListNode* head) {
        ListNode* reversed = nullptr;
        for (ListNode* node = head; node != nullptr; node = node->next) reversed = new ListNode(node->val, reversed);
        return reversed;
    }
};
