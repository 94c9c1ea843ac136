// fails: test_examples, test_single_node, test_duplicate_values
// Builds a reversed COPY out of new nodes: the values are right, but the list was
// to be reversed in place, and the input is left as it was.
var reverseList = function (head) {
    let reversed = null;
    for (; head !== null; head = head.next) reversed = new ListNode(head.val, reversed);
    return reversed;
};
